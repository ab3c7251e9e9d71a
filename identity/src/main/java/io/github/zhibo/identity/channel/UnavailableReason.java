package io.github.zhibo.identity.channel;

/** Why a channel gave no answer; present on every {@link VerificationOutcome#UNAVAILABLE} result. */
public enum UnavailableReason {
  /** The channel did not answer in time. */
  TIMEOUT,
  /** The channel's quota (rate limit) gave no permit in time. */
  RATE_LIMITED,
  /** The circuit breaker is open after repeated failures; the channel was not called. */
  CIRCUIT_OPEN,
  /** The channel failed: an exception, a malformed or {@code null} answer, an outage. */
  CHANNEL_ERROR,
  /** No channel is configured for this kind of request. */
  UNSUPPORTED,
  /** The calling thread was interrupted while waiting. */
  INTERRUPTED
}
