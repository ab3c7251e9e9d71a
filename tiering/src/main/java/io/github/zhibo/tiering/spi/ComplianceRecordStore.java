package io.github.zhibo.tiering.spi;

import io.github.zhibo.tiering.MeasureRecord;
import io.github.zhibo.tiering.internal.InMemoryComplianceRecords;
import java.time.Instant;

/**
 * Where the measures taken against rooms are kept (Order 117 Art. 12 ¶3, draft Art. 13: 记录…作为评价合规情况的依据)
 * so they feed the compliance record that tiering reads ({@code measures12m}). A platform backs it with its
 * own database; {@link #inMemory()} is for tests and single-node use. Implementations must be thread-safe.
 */
public interface ComplianceRecordStore {

  /** Keeps {@code record}. */
  void record(MeasureRecord record);

  /** How many measures were taken against {@code roomId} at or after {@code since}. */
  long measuresSince(String roomId, Instant since);

  /** A thread-safe store in memory. */
  static ComplianceRecordStore inMemory() {
    return new InMemoryComplianceRecords();
  }
}
