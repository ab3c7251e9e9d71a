package io.github.zhibo.training.spi;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.training.TrainingRecord;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a platform keeps its marketers' training records. The gate calls it once per marketer of a live;
 * a thrown exception is a store failure (the gate answers {@code REVIEW}), an empty answer means the
 * marketer has never trained. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TrainingRecordSource {

  /** The record of {@code marketer}, or empty if there is none. */
  Optional<TrainingRecord> find(PartyId marketer);

  /** An immutable in-memory source, for tests and small platforms. */
  static TrainingRecordSource of(Map<PartyId, TrainingRecord> records) {
    Map<PartyId, TrainingRecord> copy = Map.copyOf(Objects.requireNonNull(records, "records"));
    return id -> Optional.ofNullable(copy.get(id));
  }
}
