package io.github.zhibo.tiering;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A room about to go live (or live), with the monitoring the platform has actually put in place for it:
 * the subject of {@link MonitoringCheck}. Immutable.
 *
 * @param room the room's metrics
 * @param active the monitoring in place for this live
 */
public record LiveMonitoring(RoomMetrics room, Set<Monitoring> active) {
  /** Validates and copies. */
  public LiveMonitoring {
    Objects.requireNonNull(room, "room");
    active = active.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(active));
  }
}
