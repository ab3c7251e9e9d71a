package io.github.zhibo.examples.demo;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.tiering.RoomMetrics;
import io.github.zhibo.tiering.Tier;
import io.github.zhibo.tiering.TierClassifier;
import io.github.zhibo.tiering.TierDecision;
import io.github.zhibo.tiering.TierPolicy;

/**
 * The tiering seam over the tiering module's {@link TierClassifier} with the profile's bundled default policy
 * ({@link TierPolicy#defaultFor}): a key subject (重点监测) is {@code KEY}, any tier above the lowest is
 * {@code ELEVATED}, the lowest is {@code ORDINARY}. The demo's figures carry no previous tier, so the policy's
 * hysteresis does not apply.
 *
 * <p>Immutable and thread-safe (the classifier is).
 */
public final class ClassifierTierRating implements TierRating {
  private final TierClassifier classifier;

  /** The classifier of {@code profile}'s default policy. */
  public ClassifierTierRating(RegulationProfile profile, Environment environment) {
    this.classifier = TierClassifier.builder().profile(profile).policy(TierPolicy.defaultFor(profile))
        .environment(environment).build();
  }

  @Override
  public DemoTier tierOf(RoomFigures f) {
    TierDecision d = classifier.classify(RoomMetrics.builder("demo-room").followers(f.followers())
        .gmv30dFen(f.gmv30dFen()).visits30d(f.visits30d()).violations12m(f.violations90d()).build());
    if (d.keySubject()) {
      return DemoTier.KEY;
    }
    return d.tier().isAbove(Tier.lowest()) ? DemoTier.ELEVATED : DemoTier.ORDINARY;
  }

  @Override
  public String toString() {
    return "ClassifierTierRating[" + classifier.policy() + "]";
  }
}
