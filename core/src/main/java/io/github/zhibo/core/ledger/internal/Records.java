package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerRecord;
import java.time.Instant;

/** Makes sealed records: the only place a record's hash is computed for storing. */
public final class Records {

  private Records() {}

  /** The record that keeps {@code entry} at {@code sequence}, after the record whose hash is {@code previousHash}. */
  public static LedgerRecord seal(long sequence, Instant recordedAt, LedgerEntry entry, String previousHash) {
    var unsealed = new LedgerRecord(sequence, recordedAt, entry.profile(), entry.article(), entry.subject(),
        entry.type(), entry.payload(), entry.retainUntil(), previousHash, LedgerRecord.GENESIS_HASH);
    return new LedgerRecord(sequence, recordedAt, entry.profile(), entry.article(), entry.subject(),
        entry.type(), entry.payload(), entry.retainUntil(), previousHash, Hashes.hashOf(unsealed));
  }
}
