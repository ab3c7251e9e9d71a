package io.github.zhibo.examples.demo;

import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.param.PlatformParameters;

/**
 * <b>Stand-in</b> for the tiering module's {@code TierClassifier}, for the demo only: three fixed
 * thresholds (platform parameters, since the texts leave the criteria to the platform), no policy file,
 * no hysteresis. A room is {@code KEY} at {@link #KEY_FOLLOWERS} followers or {@link #KEY_GMV_FEN} monthly
 * GMV, {@code ELEVATED} at a tenth of either or with a recent violation.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandInTierRating implements TierRating {
  /** Followers from which a room is a key subject (platform choice; the texts set no number). */
  public static final Parameter<Long> KEY_FOLLOWERS = Parameter.of("demo.tier.keyFollowers", Long.class, 1_000_000L,
      v -> v > 0, "followers from which the demo's stand-in rates a room a key subject");
  /** Monthly GMV in fen from which a room is a key subject (platform choice). */
  public static final Parameter<Long> KEY_GMV_FEN = Parameter.of("demo.tier.keyGmvFen", Long.class, 500_000_000L,
      v -> v > 0, "30-day GMV in fen from which the demo's stand-in rates a room a key subject");

  private final long keyFollowers;
  private final long keyGmv;

  /** The stand-in with the thresholds of {@code parameters}. */
  public StandInTierRating(PlatformParameters parameters) {
    this.keyFollowers = parameters.get(KEY_FOLLOWERS);
    this.keyGmv = parameters.get(KEY_GMV_FEN);
  }

  @Override
  public DemoTier tierOf(RoomFigures f) {
    if (f.followers() >= keyFollowers || f.gmv30dFen() >= keyGmv) {
      return DemoTier.KEY;
    }
    if (f.followers() >= keyFollowers / 10 || f.gmv30dFen() >= keyGmv / 10 || f.violations90d() > 0) {
      return DemoTier.ELEVATED;
    }
    return DemoTier.ORDINARY;
  }

  @Override
  public String toString() {
    return "StandInTierRating[keyFollowers=" + keyFollowers + ", keyGmvFen=" + keyGmv + "]";
  }
}
