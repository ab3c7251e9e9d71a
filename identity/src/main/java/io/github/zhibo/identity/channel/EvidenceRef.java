package io.github.zhibo.identity.channel;

import io.github.zhibo.core.check.EvidenceValue;
import java.util.Objects;

/**
 * A reference to the proof of a verification: the channel's transaction or serial number (流水号), or a
 * reference the SDK made for an answer it produced itself (an {@code UNAVAILABLE}). It is what an auditor
 * asks the channel operator about, so it is kept with every result and may go into findings and the
 * evidence ledger.
 *
 * <p>Same shape as an evidence code: 1-128 characters of {@code A-Za-z0-9_.:#$-}, starting with a letter or
 * digit, and no run of 11+ digits (so an identity or phone number cannot be passed off as a reference).
 *
 * @param value the reference
 */
public record EvidenceRef(String value) {

  /** Validates the shape; throws IllegalArgumentException (without the value) or NullPointerException. */
  public EvidenceRef {
    Objects.requireNonNull(value, "value");
    EvidenceValue.code(value); // the same rules as an evidence code, so it can be cited as one
  }

  /** Shorthand for the constructor. */
  public static EvidenceRef of(String value) {
    return new EvidenceRef(value);
  }

  /** This reference as a finding's evidence value. */
  public EvidenceValue toEvidence() {
    return EvidenceValue.code(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
