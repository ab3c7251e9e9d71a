package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.classifier;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hysteresis: holding a previous tier within the band, explained as such, and only by named criteria. */
class HysteresisTest {

  @Test
  void aRoomJustBelowTheThresholdKeepsItsTierAndSaysWhy() {
    var room = RoomMetrics.builder("h").followers(950_000).previousTier(Tier.of(3)).build();
    TierDecision d = classifier("ORDER_117").classify(room);
    assertThat(d.tier()).isEqualTo(Tier.of(3));
    assertThat(d.reasons()).containsExactly("HOLD:FOLLOWERS>=900000");
    assertThat(d.criteria()).filteredOn(c -> c.kind() == CriterionKind.TIER_HOLD).singleElement()
        .satisfies(c -> {
          assertThat(c.observed()).isEqualTo("950000");
          assertThat(c.threshold()).isEqualTo("900000");
          assertThat(c.tier()).isEqualTo(Tier.of(3));
        });
  }

  @Test
  void withoutAPreviousTierTheSameRoomIsLower() {
    assertThat(classifier("ORDER_117").classify(RoomMetrics.builder("h").followers(950_000).build()).tier())
        .isEqualTo(Tier.of(2));
  }

  @Test
  void aPreviousTierAloneNeverHoldsARoomNoCriterionSupports() {
    var room = RoomMetrics.builder("h").followers(10).previousTier(Tier.of(3)).previousKeySubject(true).build();
    TierDecision d = classifier("ORDER_117").classify(room);
    assertThat(d.tier()).isEqualTo(Tier.lowest());
    assertThat(d.keySubject()).isFalse();
  }

  @Test
  void aHoldNeverLiftsAboveThePreviousTier() {
    // 950000 followers keeps T3's rule at its keep threshold, but the room was only T2 before
    var room = RoomMetrics.builder("h").followers(950_000).previousTier(Tier.of(2)).build();
    assertThat(classifier("ORDER_117").classify(room).tier()).isEqualTo(Tier.of(2));
  }

  @Test
  void keyStatusIsHeldWithinTheBandOnlyForAPreviousKeySubject() {
    TierClassifier c = classifier("ORDER_117");
    var near = RoomMetrics.builder("h").marketerInfluence(0.75);
    assertThat(c.classify(near.build()).keySubject()).isFalse();
    TierDecision held = c.classify(near.previousKeySubject(true).build());
    assertThat(held.keySubject()).isTrue();
    assertThat(held.reasons()).contains("HOLD:MARKETER_INFLUENCE>=0.72");
  }

  @Test
  void aPolicyWithoutABandHasNoHold() {
    String json = """
        {"id":"nob","version":"1","profile":"ORDER_117","tiers":[{"tier":"T1"},{"tier":"T2"}],
         "rules":[{"metric":"FOLLOWERS","atLeast":1000,"tier":"T2"}]}""";
    TierClassifier c = TierClassifier.builder().profile(Fixtures.profile("ORDER_117"))
        .policy(TierPolicy.parse(json, PolicyFormat.JSON)).build();
    assertThat(c.classify(RoomMetrics.builder("h").followers(999).previousTier(Tier.of(2)).build()).tier())
        .isEqualTo(Tier.lowest());
  }

  @Test
  void anExplicitStayAtLeastOverridesTheBand() {
    String json = """
        {"id":"stay","version":"1","profile":"ORDER_117","hysteresisBand":0.1,"tiers":[{"tier":"T1"},{"tier":"T2"}],
         "rules":[{"metric":"FOLLOWERS","atLeast":1000,"stayAtLeast":500,"tier":"T2"}]}""";
    TierClassifier c = TierClassifier.builder().profile(Fixtures.profile("ORDER_117"))
        .policy(TierPolicy.parse(json, PolicyFormat.JSON)).build();
    assertThat(c.classify(RoomMetrics.builder("h").followers(600).previousTier(Tier.of(2)).build()).tier())
        .isEqualTo(Tier.of(2));
    assertThat(c.classify(RoomMetrics.builder("h").followers(499).previousTier(Tier.of(2)).build()).tier())
        .isEqualTo(Tier.lowest());
  }
}
