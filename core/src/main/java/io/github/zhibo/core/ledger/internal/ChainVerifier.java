package io.github.zhibo.core.ledger.internal;

import io.github.zhibo.core.ledger.BreakReason;
import io.github.zhibo.core.ledger.ChainBreak;
import io.github.zhibo.core.ledger.ChainHead;
import io.github.zhibo.core.ledger.LedgerError;
import io.github.zhibo.core.ledger.LedgerException;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.VerificationResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks a store once and reports the first break. Per record, in this order: its hash (was it changed?),
 * its sequence against its position (is one missing or moved?), its link to the record before (was one
 * inserted?). Checking the hash first means a changed record is reported at its own position, whatever
 * field was changed. Not thread-safe; one instance per verification.
 */
public final class ChainVerifier {

  private final @Nullable ChainHead anchor;
  private long position;
  private String previousHash = LedgerRecord.GENESIS_HASH;
  private @Nullable ChainBreak found;

  private ChainVerifier(@Nullable ChainHead anchor) {
    this.anchor = anchor;
  }

  /** Verifies {@code store}, requiring {@code anchor} (if given) to be part of the chain. */
  public static VerificationResult verify(LedgerStore store, @Nullable ChainHead anchor) {
    return new ChainVerifier(anchor).run(store);
  }

  private VerificationResult run(LedgerStore store) {
    try {
      store.scan(this::check);
    } catch (LedgerException e) {
      if (e.code() == LedgerError.MALFORMED_RECORD || e.code() == LedgerError.TORN_TAIL) {
        long at = e.position().orElse(position + 1);
        found = new ChainBreak(at, e.code() == LedgerError.TORN_TAIL ? BreakReason.TORN_TAIL : BreakReason.MALFORMED,
            e.getMessage());
        return new VerificationResult(at - 1, Optional.of(found));
      }
      throw e;
    }
    if (found == null && anchor != null && position < anchor.sequence()) {
      found = new ChainBreak(position + 1, BreakReason.TRUNCATED,
          "the chain ends at " + position + " but the anchor is record " + anchor.sequence());
    }
    long checked = found == null ? position : found.position() - 1;
    return new VerificationResult(checked, Optional.ofNullable(found));
  }

  private boolean check(LedgerRecord r) {
    position++;
    if (!r.hashMatches()) {
      return stop(BreakReason.HASH_MISMATCH, "content does not match its hash");
    }
    if (r.sequence() != position) {
      return stop(BreakReason.SEQUENCE_GAP, "sequence " + r.sequence() + " at position " + position);
    }
    if (!r.previousHash().equals(previousHash)) {
      return stop(BreakReason.BROKEN_LINK, "previous hash is not the hash of record " + (position - 1));
    }
    if (anchor != null && anchor.sequence() == position && !anchor.hash().equals(r.hash())) {
      return stop(BreakReason.ANCHOR_MISMATCH, "record differs from the anchor");
    }
    previousHash = r.hash();
    return true;
  }

  private boolean stop(BreakReason reason, String detail) {
    found = new ChainBreak(position, reason, detail);
    return false;
  }
}
