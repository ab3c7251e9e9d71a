package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.VerificationOutcome;

/**
 * The one call the scheduler makes to re-verify a subject: look up its registered identity and ask the
 * verification channel (public-security ID check, enterprise-credit registry, national network identity).
 * The platform adapts its channel here; throttling, retries with back-off against the channel and circuit
 * breaking belong in that adapter or the channel's decorators.
 *
 * <p>Must be safe for concurrent calls (the scheduler calls it from several executor threads). A channel
 * failure is {@link VerificationOutcome#UNAVAILABLE}, not an exception; an exception is treated the same way.
 */
@FunctionalInterface
public interface Reverifier {

  /** Re-verifies {@code subject}'s registered identity now. */
  VerificationOutcome reverify(PartyId subject, ArchiveRole role);
}
