package io.github.zhibo.identity.archive;

/** What a verification of a registered identity found. */
public enum VerificationOutcome {
  /** The channel confirmed the identity (一致). */
  MATCH,
  /** The channel holds the identity with different data (不一致). */
  MISMATCH,
  /** The channel does not know the identity. */
  NOT_FOUND,
  /** The channel could not answer (timeout, outage, throttled): nothing was decided. */
  UNAVAILABLE;

  /** Whether the channel decided anything; {@link #UNAVAILABLE} did not, and may be retried. */
  public boolean isDecisive() {
    return this != UNAVAILABLE;
  }
}
