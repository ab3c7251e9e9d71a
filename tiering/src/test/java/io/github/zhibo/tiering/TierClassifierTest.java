package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.classifier;
import static io.github.zhibo.tiering.Fixtures.designExample;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default policies on the DESIGN example and on each criterion, per profile. */
class TierClassifierTest {

  @Test
  void designExampleUnderOrder117() {
    TierDecision d = classifier("ORDER_117").classify(designExample());
    assertThat(d.tier()).isEqualTo(Tier.of(3));
    assertThat(d.keySubject()).isTrue();
    assertThat(d.reasons()).containsExactly("FOLLOWERS>=1000000", "LIFE_HEALTH_CATEGORY");
    assertThat(d.monitoring()).containsExactly(Monitoring.TECHNICAL_MONITORING, Monitoring.REAL_TIME_PATROL);
    assertThat(d.article()).hasToString("ORDER_117 Art. 11");
    assertThat(TierJson.toJson(d, false)).isEqualTo("{\"roomId\":\"r1\",\"tier\":\"T3\",\"keySubject\":true,"
        + "\"reasons\":[\"FOLLOWERS>=1000000\",\"LIFE_HEALTH_CATEGORY\"],"
        + "\"monitoring\":[\"TECHNICAL_MONITORING\",\"REAL_TIME_PATROL\"],\"article\":\"ORDER_117 Art. 11\"}");
  }

  @Test
  void designExampleUnderTheDraftNeedsAllFourKeySubjectMeasures() {
    TierDecision d = classifier("DRAFT_2025").classify(designExample());
    assertThat(d.tier()).isEqualTo(Tier.of(3));
    assertThat(d.keySubject()).isTrue();
    assertThat(d.reasons()).containsExactly("FOLLOWERS>=1000000");
    assertThat(d.monitoring()).containsExactly(Monitoring.TECHNICAL_MONITORING, Monitoring.HUMAN_LIVE_WATCH,
        Monitoring.REAL_TIME_PATROL, Monitoring.EXTENDED_RETENTION);
    assertThat(d.article()).hasToString("DRAFT_2025 Art. 11");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void aQuietRoomIsT1WithoutMonitoring(String profile) {
    TierDecision d = classifier(profile).classify(RoomMetrics.builder("q").followers(500).orders30d(3).build());
    assertThat(d.tier()).isEqualTo(Tier.lowest());
    assertThat(d.keySubject()).isFalse();
    assertThat(d.reasons()).isEmpty();
    assertThat(d.monitoring()).isEmpty();
    assertThat(d.criteria()).isEmpty();
    assertThat(d.scope()).contains("PAID_TRAFFIC");
  }

  @Test
  void explanationListsEveryCriterionThatFiredWithObservedValueThresholdAndParagraph() {
    List<CriterionResult> cs = classifier("ORDER_117").classify(designExample()).criteria();
    assertThat(cs).extracting(CriterionResult::criterion).containsExactly("FOLLOWERS>=100000",
        "FOLLOWERS>=1000000", "VISITS_30D>=1000000", "GMV_30D_FEN>=100000000", "ORDERS_30D>=10000",
        "MARKETER_INFLUENCE>=0.5", "VIOLATIONS_12M>=1", "LIFE_HEALTH_CATEGORY", "FOLLOWERS>=1000000",
        "LIFE_HEALTH_CATEGORY");
    CriterionResult followers = cs.get(1);
    assertThat(followers.observed()).isEqualTo("1200000");
    assertThat(followers.threshold()).isEqualTo("1000000");
    assertThat(followers.tier()).isEqualTo(Tier.of(3));
    assertThat(followers.article()).hasToString("ORDER_117 Art. 11(1)");
    assertThat(cs.get(7).observed()).isEqualTo("FOOD");
    assertThat(cs.get(9).kind()).isEqualTo(CriterionKind.KEY_SUBJECT);
  }

  @Test
  void draftKeySubjectCriteriaCiteItsSecondParagraphAndComplaintsArticle20() {
    var room = RoomMetrics.builder("c").followers(2_000_000).verifiedComplaints30d(40).build();
    List<CriterionResult> cs = classifier("DRAFT_2025").classify(room).criteria();
    assertThat(cs).filteredOn(c -> c.kind() == CriterionKind.KEY_SUBJECT)
        .extracting(c -> c.criterion() + " " + c.article())
        .containsExactly("FOLLOWERS>=1000000 DRAFT_2025 Art. 11(2)", "VERIFIED_COMPLAINTS_30D>=20 DRAFT_2025 Art. 20(2)");
    assertThat(cs).filteredOn(c -> c.metric() == Metric.VERIFIED_COMPLAINTS_30D && c.kind() == CriterionKind.TIER)
        .extracting(c -> c.article().toString()).containsOnly("DRAFT_2025 Art. 20(3)");
  }

  @Test
  void creditInputsRaiseTheTierUnderOrder117AndRepairClearsListEntries() {
    TierClassifier c = classifier("ORDER_117");
    var listed = RoomMetrics.builder("x").seriousDishonestyList(true).build();
    assertThat(c.classify(listed).tier()).isEqualTo(Tier.of(3));
    assertThat(c.classify(listed).reasons()).containsExactly("SERIOUS_DISHONESTY_LIST");
    assertThat(c.classify(listed).criteria().get(0).article()).hasToString("ORDER_117 Art. 11(2)");
    assertThat(c.classify(listed.toBuilder().creditRepaired(true).build()).tier()).isEqualTo(Tier.lowest());
    var penalised = RoomMetrics.builder("y").administrativePenalties12m(1).creditRepaired(true).build();
    assertThat(c.classify(penalised).tier()).isEqualTo(Tier.of(2));
  }

  @Test
  void theDraftDefaultPolicyHasNoCreditOrCategoryCriteria() {
    var room = RoomMetrics.builder("x").seriousDishonestyList(true).categories("DRUG").build();
    assertThat(classifier("DRAFT_2025").classify(room).tier()).isEqualTo(Tier.lowest());
  }

  @Test
  void scopeComesFromThePolicysTier() {
    TierDecision d = classifier("ORDER_117").classify(designExample());
    assertThat(d.scope()).contains("PAID_TRAFFIC_REVIEWED").doesNotContain("PAID_TRAFFIC");
    assertThat(d.policyRef()).isEqualTo("zhibo-default-order117@2026.1");
  }

  @Test
  void aPreviousTierAboveThePolicysTopCountsAsTheTop() {
    var room = RoomMetrics.builder("z").followers(950_000).previousTier(Tier.of(7)).build();
    assertThat(classifier("ORDER_117").classify(room).tier()).isEqualTo(Tier.of(3));
  }

  @Test
  void classifyingTheSameRoomTwiceGivesEqualDecisions() {
    TierClassifier a = classifier("ORDER_117");
    TierClassifier b = classifier("ORDER_117");
    for (long seed = 0; seed < 200; seed++) {
      RoomMetrics r = Fixtures.randomRoom(seed);
      assertThat(a.classify(r)).isEqualTo(b.classify(r));
      assertThat(TierJson.toJson(a.classify(r), true)).isEqualTo(TierJson.toJson(b.classify(r), true));
    }
  }

  @Test
  void keySubjectsAreAtLeastInThePolicysKeyTierAndSayWhy() {
    TierDecision d = classifier("ORDER_117").classify(RoomMetrics.builder("f").categories("INFANT_FORMULA").build());
    assertThat(d.keySubject()).isTrue();
    assertThat(d.tier()).isEqualTo(Tier.of(3));
    assertThat(d.reasons()).containsExactly("LIFE_HEALTH_CATEGORY");
    assertThat(d.criteria()).filteredOn(c -> c.kind() == CriterionKind.KEY_SUBJECT).singleElement()
        .satisfies(c -> assertThat(c.tier()).isEqualTo(Tier.of(3)));
    // the draft names no category trigger: the same room is an ordinary T1 room there
    assertThat(classifier("DRAFT_2025").classify(RoomMetrics.builder("f").categories("INFANT_FORMULA").build()).tier())
        .isEqualTo(Tier.lowest());
  }

  @Test
  void aKeyTierBeyondThePolicysTiersIsInvalid() {
    String json = """
        {"id":"k","version":"1","profile":"ORDER_117","keySubjectTier":"T3","tiers":[{"tier":"T1"},{"tier":"T2"}]}""";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TierPolicy.parse(json, PolicyFormat.JSON))
        .isInstanceOf(TierPolicyException.class).hasMessageContaining("keySubjectTier");
  }
}
