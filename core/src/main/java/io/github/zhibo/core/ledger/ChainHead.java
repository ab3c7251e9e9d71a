package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ledger.internal.Hashes;
import java.util.Objects;

/**
 * The sequence number and hash of a ledger's newest record: an anchor. Kept outside the ledger, it lets
 * {@link EvidenceLedger#verify(ChainHead)} detect what a hash chain alone cannot — records cut off the
 * end, or a suffix rewritten with recomputed hashes.
 *
 * @param sequence the record's sequence number, from 1
 * @param hash the record's hash, 64 lower-case hex digits
 */
public record ChainHead(long sequence, String hash) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public ChainHead {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1: " + sequence);
    }
    Objects.requireNonNull(hash, "hash");
    Hashes.requireHex(hash, "hash");
  }

  /** The head of a chain ending with {@code record}. */
  public static ChainHead of(LedgerRecord record) {
    return new ChainHead(record.sequence(), record.hash());
  }
}
