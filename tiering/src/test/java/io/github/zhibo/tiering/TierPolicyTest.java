package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.Obligation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, validating and fingerprinting tier policies. */
class TierPolicyTest {

  private static final String SMALL = """
      {"id":"small","version":"1","profile":"ORDER_117","hysteresisBand":0.2,
       "tiers":[{"tier":"T1","scope":["LIVE_STREAMING"]},{"tier":"T2","scope":["LIVE_STREAMING","PRESALE"]}],
       "rules":[{"metric":"FOLLOWERS","atLeast":500,"tier":"T2"},
                {"metric":"CATEGORY","categories":["DRUG","MEDICAL_DEVICE"],"tier":"T2"}],
       "keySubject":[{"metric":"FOLLOWERS","atLeast":5000},{"metric":"COMPLAINT_RATE_30D","atLeast":0.05}]}""";

  private static void assertRejected(String json, TieringError code, String messagePart) {
    assertThatThrownBy(() -> TierPolicy.parse(json, PolicyFormat.JSON))
        .isInstanceOfSatisfying(TierPolicyException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(messagePart);
  }

  @Test
  void readsAJsonPolicy() {
    TierPolicy p = TierPolicy.parse(SMALL, PolicyFormat.JSON);
    assertThat(p.ref()).isEqualTo("small@1");
    assertThat(p.topTier()).isEqualTo(Tier.of(2));
    assertThat(p.scope(Tier.of(2))).containsExactly("LIVE_STREAMING", "PRESALE");
    assertThat(p.rules().get(1).criterion().label()).isEqualTo("CATEGORY:DRUG|MEDICAL_DEVICE");
    assertThat(p.keyTriggers().get(1).basis()).isEqualTo(Obligation.COMPLAINT_CONCENTRATION);
  }

  @Test
  void aCustomPolicyClassifiesByItsOwnThresholdsAndCategories() {
    TierClassifier c = TierClassifier.builder().profile(profile("ORDER_117"))
        .policy(TierPolicy.parse(SMALL, PolicyFormat.JSON)).build();
    assertThat(c.classify(RoomMetrics.builder("a").categories("DRUG").build()).reasons())
        .containsExactly("CATEGORY:DRUG|MEDICAL_DEVICE");
    TierDecision big = c.classify(RoomMetrics.builder("b").followers(6000).build());
    assertThat(big.tier()).isEqualTo(Tier.of(2));
    assertThat(big.keySubject()).isTrue();
  }

  @Test
  void yamlAndJsonOfTheSamePolicyAreEqualAndHaveOneDigest(@TempDir Path dir) throws Exception {
    String yaml = """
        id: small
        version: "1"
        profile: ORDER_117
        hysteresisBand: 0.2
        tiers:
          - {tier: T1, scope: [LIVE_STREAMING]}
          - {tier: T2, scope: [LIVE_STREAMING, PRESALE]}
        rules:
          - {metric: FOLLOWERS, atLeast: 500, tier: T2}
          - {metric: CATEGORY, categories: [MEDICAL_DEVICE, DRUG], tier: T2}
        keySubject:
          - {metric: FOLLOWERS, atLeast: 5000}
          - {metric: COMPLAINT_RATE_30D, atLeast: 0.05}
        """;
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, yaml);
    TierPolicy fromYaml = TierPolicy.read(file);
    TierPolicy fromJson = TierPolicy.parse(SMALL, PolicyFormat.JSON);
    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.digest()).isEqualTo(fromJson.digest()).hasSize(64);
    assertThat(TierPolicy.parse(fromJson.toJson(), PolicyFormat.JSON)).isEqualTo(fromJson);
  }

  @Test
  void aChangedThresholdChangesTheDigest() {
    TierPolicy a = TierPolicy.parse(SMALL, PolicyFormat.JSON);
    TierPolicy b = TierPolicy.parse(SMALL.replace("\"atLeast\":500", "\"atLeast\":600"), PolicyFormat.JSON);
    assertThat(a.digest()).isNotEqualTo(b.digest());
  }

  @Test
  void bundledDefaultsExistForBothProfilesAndRoundTrip() {
    for (String id : new String[] {"ORDER_117", "DRAFT_2025"}) {
      TierPolicy p = TierPolicy.defaultFor(profile(id));
      assertThat(p.profile().value()).isEqualTo(id);
      assertThat(p.lifeHealthCategories())
          .containsExactlyInAnyOrder("FOOD", "HEALTH_FOOD", "DRUG", "MEDICAL_DEVICE", "INFANT_FORMULA");
      assertThat(TierPolicy.parse(p.toJson(), PolicyFormat.JSON)).isEqualTo(p);
    }
  }

  @Test
  void unknownFieldsAreRefusedNamingThePlace() {
    assertRejected(SMALL.replace("\"atLeast\":500", "\"atleast\":500"), TieringError.POLICY_UNREADABLE, "rules[0]");
  }

  @Test
  void malformedDocumentsAreUnreadable() {
    assertRejected("{\"id\":", TieringError.POLICY_UNREADABLE, "not well-formed JSON");
    assertRejected("[]", TieringError.POLICY_UNREADABLE, "tier policy");
  }

  @Test
  void tiersMustBeContiguous() {
    assertRejected(SMALL.replace("{\"tier\":\"T2\",", "{\"tier\":\"T3\","), TieringError.POLICY_INVALID, "without gaps");
  }

  @Test
  void aRuleForAnUndefinedTierIsInvalid() {
    assertRejected(SMALL.replace("\"atLeast\":500,\"tier\":\"T2\"", "\"atLeast\":500,\"tier\":\"T4\""),
        TieringError.POLICY_INVALID, "rules[0].tier");
  }

  @Test
  void countThresholdsAreWholeAndPositive() {
    assertRejected(SMALL.replace("\"atLeast\":500", "\"atLeast\":500.5"), TieringError.POLICY_INVALID, "whole");
    assertRejected(SMALL.replace("\"atLeast\":500,", "\"atLeast\":0,"), TieringError.POLICY_INVALID, "> 0");
    assertRejected(SMALL.replace(",\"atLeast\":500,", ","), TieringError.POLICY_INVALID, "needs atLeast");
  }

  @Test
  void aStayThresholdAboveTheThresholdIsInvalid() {
    assertRejected(SMALL.replace("\"atLeast\":500", "\"atLeast\":500,\"stayAtLeast\":600"),
        TieringError.POLICY_INVALID, "stayAtLeast");
  }

  @Test
  void theBandIsBounded() {
    assertRejected(SMALL.replace("0.2", "0.7"), TieringError.POLICY_INVALID, "hysteresisBand");
  }

  @Test
  void aTriggerTheDraftDoesNotNameIsRefusedForTheDraft() {
    String json = SMALL.replace("ORDER_117", "DRAFT_2025").replace("{\"metric\":\"FOLLOWERS\",\"atLeast\":5000}",
        "{\"metric\":\"VIOLATIONS_12M\",\"atLeast\":2}");
    TierPolicy p = TierPolicy.parse(json, PolicyFormat.JSON);
    assertThatThrownBy(() -> TierClassifier.builder().profile(profile("DRAFT_2025")).policy(p).build())
        .isInstanceOfSatisfying(TierPolicyException.class,
            e -> assertThat(e.code()).isEqualTo(TieringError.POLICY_NOT_FOR_PROFILE))
        .hasMessageContaining("keySubject[0]").hasMessageContaining("VIOLATIONS_12M");
    // Order 117 names repeated violations
    TierPolicy o = TierPolicy.parse(json.replace("DRAFT_2025", "ORDER_117"), PolicyFormat.JSON);
    assertThat(TierClassifier.builder().profile(profile("ORDER_117")).policy(o).build().policy()).isEqualTo(o);
  }

  @Test
  void visitsAreATierCriterionButNoTextNamesThemForKeySubjects() {
    String json = SMALL.replace("{\"metric\":\"FOLLOWERS\",\"atLeast\":5000}", "{\"metric\":\"VISITS_30D\",\"atLeast\":5000}");
    TierPolicy p = TierPolicy.parse(json, PolicyFormat.JSON);
    assertThatThrownBy(() -> TierClassifier.builder().profile(profile("ORDER_117")).policy(p).build())
        .isInstanceOf(TierPolicyException.class);
  }

  @Test
  void aPolicyForAnotherProfileIsRefused() {
    TierPolicy p = TierPolicy.parse(SMALL, PolicyFormat.JSON);
    assertThatThrownBy(() -> TierClassifier.builder().profile(profile("DRAFT_2025")).policy(p).build())
        .isInstanceOfSatisfying(TierPolicyException.class,
            e -> assertThat(e.code()).isEqualTo(TieringError.POLICY_NOT_FOR_PROFILE));
  }

  @Test
  void aTriggerWithATierOrARuleWithABasisIsInvalid() {
    assertRejected(SMALL.replace("{\"metric\":\"FOLLOWERS\",\"atLeast\":5000}",
        "{\"metric\":\"FOLLOWERS\",\"atLeast\":5000,\"tier\":\"T2\"}"), TieringError.POLICY_INVALID, "keySubject[0].tier");
    assertRejected(SMALL.replace("\"atLeast\":500,\"tier\":\"T2\"", "\"atLeast\":500,\"tier\":\"T2\",\"basis\":\"TIERED_MANAGEMENT\""),
        TieringError.POLICY_INVALID, "rules[0].basis");
  }

  @Test
  void aMissingFileIsUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> TierPolicy.read(dir.resolve("none.json")))
        .isInstanceOf(TierPolicyException.class).hasMessageContaining("no such file");
  }
}
