package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.ChainHead;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerError;
import io.github.zhibo.core.ledger.LedgerException;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.VerificationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The ledger. Appends hold one lock from choosing the sequence number to storing the record, so the chain
 * is linear however many threads append; the head is published through a volatile field so readers never
 * need the lock.
 */
public final class DefaultEvidenceLedger implements EvidenceLedger {

  private final LedgerStore store;
  private final Clock clock;
  private final ReentrantLock appendLock = new ReentrantLock();
  private volatile @Nullable ChainHead head;
  private final @Nullable LedgerException tailProblem;

  public DefaultEvidenceLedger(LedgerStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    LedgerException problem = null;
    try {
      head = store.last().map(ChainHead::of).orElse(null);
    } catch (LedgerException e) {
      problem = e;
    }
    this.tailProblem = problem;
  }

  @Override
  public LedgerRecord append(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry");
    appendLock.lock();
    try {
      if (tailProblem != null) {
        throw new LedgerException(LedgerError.UNREADABLE_TAIL,
            "the store's last record is unreadable (" + tailProblem.code().id() + "); verify the ledger", tailProblem);
      }
      Instant now = clock.instant();
      LocalDate today = LocalDate.ofInstant(now, clock.getZone());
      if (entry.retainUntil().isBefore(today)) {
        throw new IllegalArgumentException("retainUntil " + entry.retainUntil() + " is before today " + today);
      }
      ChainHead h = head;
      LedgerRecord record = h == null
          ? Records.seal(1, now, entry, LedgerRecord.GENESIS_HASH)
          : Records.seal(Math.addExact(h.sequence(), 1), now, entry, h.hash());
      store.append(record);
      head = ChainHead.of(record);
      return record;
    } finally {
      appendLock.unlock();
    }
  }

  @Override
  public Optional<ChainHead> head() {
    return Optional.ofNullable(head);
  }

  @Override
  public VerificationResult verify() {
    return ChainVerifier.verify(store, head);
  }

  @Override
  public VerificationResult verify(ChainHead anchor) {
    return ChainVerifier.verify(store, Objects.requireNonNull(anchor, "anchor"));
  }

  @Override
  public List<LedgerRecord> records() {
    var out = new ArrayList<LedgerRecord>();
    store.scan(out::add);
    return List.copyOf(out);
  }

  @Override
  public void scan(Predicate<? super LedgerRecord> visitor) {
    store.scan(Objects.requireNonNull(visitor, "visitor"));
  }

  @Override
  public List<LedgerRecord> retentionPassed() {
    LocalDate today = LocalDate.now(clock);
    var out = new ArrayList<LedgerRecord>();
    store.scan(r -> {
      if (r.retainUntil().isBefore(today)) {
        out.add(r);
      }
      return true;
    });
    return List.copyOf(out);
  }

  @Override
  public void close() {
    store.close();
  }

  @Override
  public String toString() {
    ChainHead h = head;
    return "EvidenceLedger[" + store + ", head=" + (h == null ? "none" : "#" + h.sequence()) + "]";
  }
}
