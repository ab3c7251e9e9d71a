package io.github.zhibo.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Monotonicity and determinism hold for any valid policy, not only the defaults: policies are generated
 * from a seed (tier count, thresholds, bands, stay thresholds, triggers, key tier), rooms from another.
 */
class RandomPolicyPropertiesTest {

  private static final Metric[] NUMERIC = {Metric.FOLLOWERS, Metric.VISITS_30D, Metric.GMV_30D_FEN, Metric.ORDERS_30D,
      Metric.VIOLATIONS_12M, Metric.MEASURES_12M, Metric.VERIFIED_COMPLAINTS_30D, Metric.COMPLAINT_RATE_30D,
      Metric.MARKETER_INFLUENCE, Metric.ADMINISTRATIVE_PENALTIES_12M};
  private static final Metric[] KEY = {Metric.FOLLOWERS, Metric.GMV_30D_FEN, Metric.ORDERS_30D,
      Metric.MARKETER_INFLUENCE, Metric.VIOLATIONS_12M, Metric.VERIFIED_COMPLAINTS_30D, Metric.COMPLAINT_RATE_30D};

  static TierPolicy randomPolicy(long seed) {
    var rnd = new Random(seed);
    int n = 2 + rnd.nextInt(8);
    var tiers = IntStream.rangeClosed(1, n).mapToObj(i -> new TierSpec(Tier.of(i), List.of("F" + i))).toList();
    var rules = new ArrayList<TierRule>();
    for (int i = 0, k = 1 + rnd.nextInt(20); i < k; i++) {
      rules.add(new TierRule(criterion(rnd, NUMERIC[rnd.nextInt(NUMERIC.length)]), Tier.of(2 + rnd.nextInt(n - 1))));
    }
    if (rnd.nextBoolean()) rules.add(new TierRule(Criterion.category(Set.of("DRUG", "FOOD")), Tier.of(2)));
    if (rnd.nextBoolean()) rules.add(new TierRule(Criterion.flag(Metric.SERIOUS_DISHONESTY_LIST, true), Tier.of(n)));
    var triggers = new ArrayList<KeyTrigger>();
    for (int i = 0, k = rnd.nextInt(5); i < k; i++) triggers.add(KeyTrigger.of(criterion(rnd, KEY[rnd.nextInt(KEY.length)])));
    if (rnd.nextBoolean()) triggers.add(new KeyTrigger(Criterion.lifeHealth(), Obligation.KEY_SUBJECT_MONITORING));
    Tier keyTier = rnd.nextBoolean() ? null : Tier.of(1 + rnd.nextInt(n));
    return new TierPolicy("random", Long.toHexString(seed), ProfileId.ORDER_117,
        BigDecimal.valueOf(rnd.nextInt(51), 2), Set.of("FOOD", "DRUG", "INFANT_FORMULA"), tiers, rules, triggers, keyTier);
  }

  private static Criterion criterion(Random rnd, Metric m) {
    BigDecimal at = m.kind() == MetricKind.COUNT ? BigDecimal.valueOf(1 + (long) Math.pow(10, rnd.nextDouble() * 8))
        : BigDecimal.valueOf(1 + rnd.nextInt(99), 2);
    Criterion c = new Criterion(m, at, null, Set.of(), false);
    return rnd.nextInt(4) == 0 ? c.withStayAtLeast(at.multiply(BigDecimal.valueOf(rnd.nextInt(101), 2))
        .setScale(m.kind() == MetricKind.COUNT ? 0 : 4, java.math.RoundingMode.FLOOR)) : c;
  }

  private static TierClassifier classifier(long seed) {
    return TierClassifier.builder().profile(Fixtures.profile("ORDER_117")).policy(randomPolicy(seed)).build();
  }

  @Test
  void moreNeverLowersTheTierOrClearsKeyStatusUnderAnyPolicy() {
    qt().withExamples(1500).forAll(longs().all(), longs().all(), integers().between(0, 4))
        .checkAssert((policySeed, roomSeed, which) -> {
          TierClassifier c = classifier(policySeed);
          RoomMetrics room = Fixtures.randomRoom(roomSeed);
          var b = room.toBuilder();
          switch (which) {
            case 0 -> b.followers(room.followers() * 3 + 7);
            case 1 -> b.gmv30dFen(room.gmv30dFen() * 5 + 100);
            case 2 -> b.violations12m(room.violations12m() + 2);
            case 3 -> b.complaintRate30d(Math.min(1, room.complaintRate30d() + 0.2)).marketerInfluence(room.marketerInfluence() + 0.3);
            default -> b.categories("DRUG").previousKeySubject(true);
          }
          TierDecision before = c.classify(room);
          TierDecision after = c.classify(b.build());
          assertThat(after.tier()).isGreaterThanOrEqualTo(before.tier());
          if (before.keySubject()) assertThat(after.keySubject()).isTrue();
          assertThat(after.tier()).isLessThanOrEqualTo(c.policy().topTier());
        });
  }

  @Test
  void decisionsAreDeterministicAndPoliciesRoundTripUnderAnyPolicy() {
    qt().withExamples(500).forAll(longs().all(), longs().all()).checkAssert((policySeed, roomSeed) -> {
      TierPolicy p = randomPolicy(policySeed);
      TierPolicy reread = TierPolicy.parse(p.toJson(), PolicyFormat.JSON);
      assertThat(reread).isEqualTo(p);
      assertThat(reread.digest()).isEqualTo(p.digest());
      RoomMetrics room = Fixtures.randomRoom(roomSeed);
      TierClassifier a = TierClassifier.builder().profile(Fixtures.profile("ORDER_117")).policy(p).build();
      TierClassifier b = TierClassifier.builder().profile(Fixtures.profile("ORDER_117")).policy(reread).build();
      assertThat(TierJson.toJson(a.classify(room), true)).isEqualTo(TierJson.toJson(b.classify(room), true));
    });
  }

  @Test
  void sharedClassifiersGiveTheSameDecisionsFromManyThreads() {
    TierClassifier c = Fixtures.classifier("ORDER_117");
    List<RoomMetrics> rooms = IntStream.range(0, 20_000).mapToObj(Fixtures::randomRoom).toList();
    List<String> sequential = rooms.stream().map(r -> TierJson.toJson(c.classify(r), true)).toList();
    List<String> parallel = rooms.parallelStream().map(r -> TierJson.toJson(c.classify(r), true)).toList();
    assertThat(parallel).isEqualTo(sequential);
  }
}
