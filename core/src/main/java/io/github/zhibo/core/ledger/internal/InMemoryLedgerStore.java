package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Records in a list. Thread-safe: appends and reads synchronise on the list; {@link #scan} visits a
 * snapshot, so a slow visitor never blocks appends.
 */
public final class InMemoryLedgerStore implements LedgerStore {

  private final List<LedgerRecord> records = new ArrayList<>();

  @Override
  public void append(LedgerRecord record) {
    synchronized (records) {
      records.add(Objects.requireNonNull(record, "record"));
    }
  }

  @Override
  public Optional<LedgerRecord> last() {
    synchronized (records) {
      return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }
  }

  @Override
  public void scan(Predicate<? super LedgerRecord> visitor) {
    List<LedgerRecord> snapshot;
    synchronized (records) {
      snapshot = List.copyOf(records);
    }
    for (LedgerRecord r : snapshot) {
      if (!visitor.test(r)) {
        return;
      }
    }
  }

  @Override
  public String toString() {
    synchronized (records) {
      return "InMemoryLedgerStore[" + records.size() + " records]";
    }
  }

}
