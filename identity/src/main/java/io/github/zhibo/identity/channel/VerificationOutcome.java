package io.github.zhibo.identity.channel;

/** What a channel answered. Only the first three are answers about the identity; {@link #UNAVAILABLE} is not. */
public enum VerificationOutcome {
  /** The identity data agree with the authoritative source (一致). */
  MATCH,
  /** The identity exists but the data do not agree, e.g. another name for the number (不一致). */
  MISMATCH,
  /** The authoritative source has no such identity (无此记录). */
  NOT_FOUND,
  /**
   * The channel could not answer (timeout, outage, quota, open circuit, programming error). Never a
   * statement about the identity: callers must treat it as "undecided" (REVIEW, retry), and caches never
   * keep it.
   */
  UNAVAILABLE;

  /** Whether the channel decided (anything but {@link #UNAVAILABLE}). */
  public boolean isDecisive() {
    return this != UNAVAILABLE;
  }
}
