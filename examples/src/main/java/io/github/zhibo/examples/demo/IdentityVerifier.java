package io.github.zhibo.examples.demo;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;

/**
 * The demo's seam to identity verification (the identity module's verification channels): verifies one
 * party against the authoritative source on one day. Implementations must be deterministic for the demo
 * to be, and thread-safe.
 */
@FunctionalInterface
public interface IdentityVerifier {

  /** What a verification attempt came to. */
  enum Result {
    /** The source confirmed the registered identity. */
    VERIFIED,
    /** The source answered and the identity did not match: the party must correct its registration. */
    MISMATCH,
    /** The channel failed (timeout, outage): nothing was decided, retry. */
    UNAVAILABLE
  }

  /** Verifies {@code party} in {@code role} on {@code day}. */
  Result verify(PartyId party, PartyRole role, LocalDate day);
}
