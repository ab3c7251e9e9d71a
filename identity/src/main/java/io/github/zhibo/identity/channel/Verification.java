package io.github.zhibo.identity.channel;

import io.github.zhibo.identity.channel.internal.LocalRefs;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel answer: the outcome, which channel gave it, when (the channel's time, not the time a cache
 * served it — freshness rules read this), and the reference of its proof.
 *
 * <p>Invariant: {@link #unavailableReason()} is present exactly when the outcome is
 * {@link VerificationOutcome#UNAVAILABLE}. Holds no personal data; immutable, thread-safe and safe to log.
 *
 * @param outcome what the channel answered
 * @param channel which channel answered
 * @param checkedAt when the channel answered
 * @param evidenceRef the channel's reference of the transaction (or one the SDK made for an UNAVAILABLE)
 * @param unavailableReason why there was no answer, for UNAVAILABLE only
 */
public record Verification(VerificationOutcome outcome, ChannelId channel, Instant checkedAt,
    EvidenceRef evidenceRef, Optional<UnavailableReason> unavailableReason) {

  /** Validates the parts and the invariant. */
  public Verification {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(evidenceRef, "evidenceRef");
    Objects.requireNonNull(unavailableReason, "unavailableReason");
    if ((outcome == VerificationOutcome.UNAVAILABLE) != unavailableReason.isPresent()) {
      throw new IllegalArgumentException("an unavailable reason is given exactly for UNAVAILABLE outcomes");
    }
  }

  /** A decisive answer (MATCH, MISMATCH or NOT_FOUND). */
  public static Verification decided(VerificationOutcome outcome, ChannelId channel, Instant checkedAt,
      EvidenceRef evidenceRef) {
    if (!Objects.requireNonNull(outcome, "outcome").isDecisive()) {
      throw new IllegalArgumentException("use unavailable(...) for UNAVAILABLE");
    }
    return new Verification(outcome, channel, checkedAt, evidenceRef, Optional.empty());
  }

  /** No answer, with a channel-given reference. */
  public static Verification unavailable(ChannelId channel, Instant at, UnavailableReason reason, EvidenceRef ref) {
    return new Verification(VerificationOutcome.UNAVAILABLE, channel, at, ref,
        Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /** No answer, with a reference the SDK makes ({@code zb:<reason>:<unique>}) so the event can be traced. */
  public static Verification unavailable(ChannelId channel, Instant at, UnavailableReason reason) {
    return unavailable(channel, at, reason, LocalRefs.next(reason));
  }

  /** Whether the channel answered MATCH. */
  public boolean isMatch() {
    return outcome == VerificationOutcome.MATCH;
  }
}
