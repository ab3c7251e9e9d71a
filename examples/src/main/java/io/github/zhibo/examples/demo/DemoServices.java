package io.github.zhibo.examples.demo;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.examples.demo.internal.BlacklistPhase;
import java.util.Objects;

/**
 * The feature modules the demo reaches through its seams. {@link #modules} wires the real modules through
 * thin adapters; pass your own {@code DemoServices} to try another implementation of a seam.
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
   * The real modules: the identity module's sandbox channel (about 4% of calls failing, plus outage days, 1% of
   * registrations mismatching) behind its resilient and caching channels; the blacklist module's
   * {@code Blacklist}; the tiering module's classifier with the profile's default policy; the disclosure
   * module's page checker. A fresh set each call, since the channel's cache and the blacklist hold the run's
   * state.
   */
  public static DemoServices modules(RegulationProfile profile, long seed, PlatformParameters parameters) {
    Environment quiet = Environment.defaults();   // the classifier and checker read no clock in the demo
    return new DemoServices(
        new ChannelIdentityVerifier(seed, 0.04, 0.01),
        new BlacklistScreening(profile, seed, parameters.get(BlacklistPhase.TERM_DAYS)),
        new ClassifierTierRating(profile, quiet),
        new PageCheckerInspection(quiet));
  }
}
