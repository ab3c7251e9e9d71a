package io.github.zhibo.tiering.internal;

import io.github.zhibo.tiering.MeasureRecord;
import io.github.zhibo.tiering.spi.ComplianceRecordStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A thread-safe in-memory {@link ComplianceRecordStore}: one copy-on-write list per room. */
public final class InMemoryComplianceRecords implements ComplianceRecordStore {

  private final Map<String, List<MeasureRecord>> byRoom = new ConcurrentHashMap<>();

  @Override
  public void record(MeasureRecord record) {
    byRoom.computeIfAbsent(record.roomId(), k -> new CopyOnWriteArrayList<>()).add(record);
  }

  @Override
  public long measuresSince(String roomId, Instant since) {
    List<MeasureRecord> list = byRoom.get(roomId);
    if (list == null) return 0;
    return list.stream().filter(r -> !r.at().isBefore(since)).count();
  }
}
