package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ledger.internal.DefaultEvidenceLedger;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The evidence ledger: appends records to a hash chain in a {@link LedgerStore}, reads them back and
 * verifies the chain. See the package documentation for what the chain proves and what it cannot.
 *
 * <p>Thread-safe: appends from many threads are serialised (each gets the next sequence number and links
 * to the record before it); reads and verification may run concurrently with appends and see a prefix.
 * One ledger per store: two ledgers appending to one store would fork the chain (the JSON-lines store
 * enforces this with a file lock).
 */
public interface EvidenceLedger extends AutoCloseable {

  /**
   * Seals {@code entry} as the next record: sequence number, time from the ledger's clock, the previous
   * record's hash and its own. Returns the stored record.
   *
   * @throws IllegalArgumentException if {@code entry.retainUntil()} is before today (by the ledger's clock
   *     and its zone)
   * @throws LedgerException if the store cannot write it, or its last record is unreadable
   *     ({@link LedgerError#UNREADABLE_TAIL}) so the chain cannot be continued
   */
  LedgerRecord append(LedgerEntry entry);

  /** The newest record's sequence and hash, as this ledger knows it; empty for an empty ledger. */
  Optional<ChainHead> head();

  /**
   * Verifies the whole chain, and that it still contains this ledger's {@link #head()} — so records cut off
   * the end since this ledger appended or opened them are detected too.
   *
   * @throws LedgerException if the store cannot be read at all (an I/O failure, not a broken chain)
   */
  VerificationResult verify();

  /**
   * Verifies the whole chain, and that the record at {@code anchor.sequence()} has {@code anchor.hash()}.
   * Use an anchor kept outside the ledger to detect truncation or a rewritten chain after a restart.
   */
  VerificationResult verify(ChainHead anchor);

  /** Every record in order. Loads them all; prefer {@link #scan} for a large ledger. */
  List<LedgerRecord> records();

  /**
   * Visits the records in order until {@code visitor} returns {@code false}.
   *
   * @throws LedgerException at the first unreadable record, after visiting those before it
   */
  void scan(Predicate<? super LedgerRecord> visitor);

  /**
   * Records whose retain-until date is before today (by the ledger's clock and zone). They may now be
   * pruned; pruning itself is not offered (see the package documentation).
   */
  List<LedgerRecord> retentionPassed();

  /** Closes the store. */
  @Override
  void close();

  /** Starts configuring a ledger. */
  static Builder builder() {
    return new Builder();
  }

  /** Configures a ledger; store and clock are required. Not thread-safe. */
  final class Builder {
    private @Nullable LedgerStore store;
    private @Nullable Clock clock;

    private Builder() {}

    /** Where records live; the ledger continues the chain from the store's last record. */
    public Builder store(LedgerStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The source of {@code recordedAt} and of "today" for retention; use the platform's zone. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Takes the clock from the host environment (the form every zhibo builder accepts). */
    public Builder environment(io.github.zhibo.core.env.Environment environment) {
      return clock(Objects.requireNonNull(environment, "environment").clock());
    }

    /**
     * Opens the ledger on the store, reading its last record. A store whose last record is unreadable
     * still opens, so that {@link #verify()} can report it; appends are then refused.
     *
     * @throws IllegalStateException if the store or clock is missing
     */
    public EvidenceLedger build() {
      if (store == null) {
        throw new IllegalStateException("an evidence ledger needs a store: call store(...)");
      }
      if (clock == null) {
        throw new IllegalStateException("an evidence ledger needs a clock: call clock(...)");
      }
      return new DefaultEvidenceLedger(store, clock);
    }
  }
}
