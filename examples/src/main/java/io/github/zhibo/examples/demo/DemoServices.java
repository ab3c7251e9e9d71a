package io.github.zhibo.examples.demo;

import io.github.zhibo.core.param.PlatformParameters;
import java.util.Objects;

/**
 * The feature modules the demo reaches through its seams. {@link #standIns} is the one place to swap a
 * stand-in for the real module: replace the constructor call with an adapter over the module, e.g.
 * {@code (party, role, day) -> channel.verify(...)} for the identity module's channel.
 *
 * @param verifier identity verification (identity module)
 * @param screening blacklist listing and screening (blacklist module)
 * @param tiers the monthly tier of a room (tiering module)
 * @param pages page checks of a room during a live (disclosure module)
 */
public record DemoServices(IdentityVerifier verifier, Screening screening, TierRating tiers, PageInspection pages) {

  /** Validates the parts. */
  public DemoServices {
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(tiers, "tiers");
    Objects.requireNonNull(pages, "pages");
  }

  /**
   * The demo's deterministic stand-ins (each class is named {@code StandIn…}): the channel fails about 4% of
   * calls plus outage days and mismatches 1% of answers. A fresh {@link StandInScreening} each call, since it
   * holds the run's listings.
   */
  public static DemoServices standIns(long seed, PlatformParameters parameters) {
    return new DemoServices(
        new StandInIdentityVerifier(seed, 0.04, 0.01),   // identity module: swap for its VerificationChannel
        new StandInScreening(),                          // blacklist module: swap for Blacklist#list/#screen
        new StandInTierRating(parameters),               // tiering module: swap for TierClassifier#classify
        new StandInPageInspection());                    // disclosure module: swap for PageChecker#report
  }
}
