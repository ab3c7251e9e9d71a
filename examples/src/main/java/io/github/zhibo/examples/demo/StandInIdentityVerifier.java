package io.github.zhibo.examples.demo;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;
import java.util.Objects;

/**
 * <b>Stand-in</b> for the identity module's sandbox verification channels, for the demo only: answers
 * from a seeded hash of (party, day), so the same seed injects the same channel failures. Channel
 * failures come in outages: on an outage day (about one in {@value #OUTAGE_ONE_IN}) most calls fail.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandInIdentityVerifier implements IdentityVerifier {
  /** About one day in this many is an outage day of the channel. */
  static final int OUTAGE_ONE_IN = 12;

  private final long seed;
  private final double failureRate;
  private final double mismatchRate;

  /**
   * @param seed the run's seed
   * @param failureRate the share of calls that fail on an ordinary day, in [0, 1]
   * @param mismatchRate the share of answered calls that do not match, in [0, 1]
   */
  public StandInIdentityVerifier(long seed, double failureRate, double mismatchRate) {
    if (!(failureRate >= 0 && failureRate <= 1) || !(mismatchRate >= 0 && mismatchRate <= 1)) {
      throw new IllegalArgumentException("rates are in [0, 1]");
    }
    this.seed = seed;
    this.failureRate = failureRate;
    this.mismatchRate = mismatchRate;
  }

  @Override
  public Result verify(PartyId party, PartyRole role, LocalDate day) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    boolean outage = Hashing.unit(seed, "outage", day.toEpochDay()) < 1.0 / OUTAGE_ONE_IN;
    double u = Hashing.unit(seed, party.value(), day.toEpochDay());
    if (u < (outage ? 0.8 : failureRate)) {
      return Result.UNAVAILABLE;
    }
    return Hashing.unit(seed ^ 0x5EED, party.value(), day.toEpochDay()) < mismatchRate ? Result.MISMATCH : Result.VERIFIED;
  }

  @Override
  public String toString() {
    return "StandInIdentityVerifier[failureRate=" + failureRate + "]";
  }
}
