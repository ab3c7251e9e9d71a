package io.github.zhibo.core.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link EvidenceLedger#verify()}: how many records were checked, and the first break if
 * there is one. Verification stops at the first break, because every later link depends on it.
 *
 * @param recordsChecked records read and found intact before the break (all of them when intact)
 * @param firstBreak the first break, or empty when the chain is intact
 */
public record VerificationResult(long recordsChecked, Optional<ChainBreak> firstBreak) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public VerificationResult {
    if (recordsChecked < 0) {
      throw new IllegalArgumentException("recordsChecked must be >= 0: " + recordsChecked);
    }
    Objects.requireNonNull(firstBreak, "firstBreak");
  }

  /** Whether the chain is intact (and matches the anchor, if one was given). */
  public boolean isOk() {
    return firstBreak.isEmpty();
  }
}
