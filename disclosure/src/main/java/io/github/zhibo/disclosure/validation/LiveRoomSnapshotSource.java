package io.github.zhibo.disclosure.validation;

import io.github.zhibo.disclosure.model.LiveRoomSnapshot;

/** A platform DTO that carries a live-room snapshot, for the class-level {@link LiveRoomDisclosure} constraint. */
@FunctionalInterface
public interface LiveRoomSnapshotSource {

  /** The snapshot to check; {@code null} is valid (nothing to check), as Jakarta Validation expects. */
  LiveRoomSnapshot liveRoomSnapshot();
}
