package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.channel.Verification;

/**
 * Receives every verification the gate makes itself (when a marketer had no fresh check on file), so the
 * platform can add it to the marketer's verification history in the registration archive. Called on the
 * gate's thread; an exception is swallowed (reported as a {@code ComponentFailed} event) and does not change
 * the decision. Must be thread-safe.
 */
@FunctionalInterface
public interface VerificationSink {

  /** Records {@code verification}, made for {@code marketer}. */
  void record(PartyId marketer, Verification verification);

  /** Drops everything (the default). */
  static VerificationSink none() {
    return (m, v) -> { };
  }
}
