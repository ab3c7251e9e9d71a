package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shared test helpers: classifiers with the bundled defaults and a seeded room generator. */
final class Fixtures {

  static final List<String> CATEGORIES = List.of("FOOD", "HEALTH_FOOD", "DRUG", "MEDICAL_DEVICE", "INFANT_FORMULA",
      "COSMETICS", "APPAREL", "ELECTRONICS", "HOME", "SERVICE");

  private Fixtures() {}

  static RegulationProfile profile(String id) {
    return RegulationProfiles.get(ProfileId.of(id));
  }

  static TierClassifier classifier(String profile) {
    return TierClassifier.builder().profile(profile(profile)).build();
  }

  /** The DESIGN §5.3 example input. */
  static RoomMetrics designExample() {
    return RoomMetrics.builder("r1").followers(1_200_000).visits30d(5_400_000).gmv30dFen(880_000_000L)
        .orders30d(21_000).categories("FOOD").violations12m(1).verifiedComplaints30d(3).complaintRate30d(0.004)
        .marketerInfluence(0.7).previousTier(Tier.of(2)).build();
  }

  /** A room with values spread log-uniformly across the default thresholds. */
  static RoomMetrics randomRoom(long seed) {
    var rnd = new Random(seed);
    var cats = new ArrayList<String>();
    for (String c : CATEGORIES) {
      if (rnd.nextInt(6) == 0) cats.add(c);
    }
    return RoomMetrics.builder("room-" + Long.toHexString(seed))
        .followers(logUniform(rnd, 8)).visits30d(logUniform(rnd, 9)).gmv30dFen(logUniform(rnd, 11))
        .orders30d(logUniform(rnd, 7)).categories(cats).violations12m(rnd.nextInt(4)).measures12m(rnd.nextInt(5))
        .verifiedComplaints30d(rnd.nextInt(30)).complaintRate30d(rnd.nextDouble() * 0.03)
        .marketerInfluence(rnd.nextDouble()).administrativePenalties12m(rnd.nextInt(3))
        .abnormalOperationList(rnd.nextInt(8) == 0).seriousDishonestyList(rnd.nextInt(12) == 0)
        .creditRepaired(rnd.nextInt(4) == 0)
        .previousTier(rnd.nextInt(4) == 0 ? null : Tier.of(1 + rnd.nextInt(3)))
        .previousKeySubject(rnd.nextBoolean())
        .build();
  }

  static long logUniform(Random rnd, int decades) {
    return rnd.nextInt(10) == 0 ? 0 : (long) Math.pow(10, rnd.nextDouble() * decades);
  }
}
