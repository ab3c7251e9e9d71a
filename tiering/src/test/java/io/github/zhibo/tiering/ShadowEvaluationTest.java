package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.param.PlatformParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shadow evaluation of a candidate policy and the ledger record of policy versions. */
class ShadowEvaluationTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

  private static TierClassifier withFollowersThreshold(long threshold) {
    String doc = TierPolicy.defaultFor(profile("ORDER_117")).toJson()
        .replace("{\"atLeast\":1000000,\"metric\":\"FOLLOWERS\",\"tier\":\"T3\"}",
            "{\"atLeast\":" + threshold + ",\"metric\":\"FOLLOWERS\",\"tier\":\"T3\"}")
        .replace("\"version\":\"2026.1\"", "\"version\":\"2026.2\"");
    return TierClassifier.builder().profile(profile("ORDER_117")).policy(TierPolicy.parse(doc, PolicyFormat.JSON)).build();
  }

  private static TierClassifier withFollowersT2Threshold(long threshold) {
    String doc = TierPolicy.defaultFor(profile("ORDER_117")).toJson()
        .replace("{\"atLeast\":100000,\"metric\":\"FOLLOWERS\",\"tier\":\"T2\"}",
            "{\"atLeast\":" + threshold + ",\"metric\":\"FOLLOWERS\",\"tier\":\"T2\"}")
        .replace("\"version\":\"2026.1\"", "\"version\":\"2026.3\"");
    return TierClassifier.builder().profile(profile("ORDER_117")).policy(TierPolicy.parse(doc, PolicyFormat.JSON)).build();
  }

  @Test
  void reportsExactlyTheRoomsWhoseTierOrKeyStatusChanges() {
    TierClassifier active = Fixtures.classifier("ORDER_117");
    TierClassifier candidate = withFollowersThreshold(500_000);
    List<RoomMetrics> rooms = List.of(
        RoomMetrics.builder("a").followers(600_000).build(),       // T2 -> T3
        RoomMetrics.builder("b").followers(2_000_000).build(),     // T3 either way
        RoomMetrics.builder("c").followers(400_000).build());      // T2 either way
    ShadowReport report = ShadowEvaluation.of(active, candidate).run(rooms);
    assertThat(report.rooms()).isEqualTo(3);
    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.raised()).isEqualTo(1);
    assertThat(report.lowered()).isZero();
    assertThat(report.changes()).containsExactly(new TierChange("a", Tier.of(2), Tier.of(3), false, false));
    assertThat(report.candidatePolicy()).isEqualTo("zhibo-default-order117@2026.2");
    assertThat(report.candidateDigest()).isNotEqualTo(report.activeDigest());
  }

  @Test
  void countsMatchARoomByRoomComparisonOnSeededRooms() {
    TierClassifier active = Fixtures.classifier("ORDER_117");
    TierClassifier candidate = withFollowersT2Threshold(1_000);
    var rooms = new ArrayList<RoomMetrics>();
    var rnd = new java.util.Random(2026);
    for (long s = 0; s < 1000; s++) rooms.add(Fixtures.randomRoom(s));
    for (int i = 0; i < 1000; i++) {
      rooms.add(RoomMetrics.builder("f" + i).followers(Fixtures.logUniform(rnd, 7)).orders30d(rnd.nextInt(20_000)).build());
    }
    ShadowReport report = ShadowEvaluation.of(active, candidate, 1).run(rooms);
    long expected = rooms.stream().filter(r -> active.classify(r).tier() != candidate.classify(r).tier()
        || active.classify(r).keySubject() != candidate.classify(r).keySubject()).count();
    assertThat(report.changed()).isEqualTo(expected).isGreaterThan(1);
    assertThat(report.changes()).hasSize(1);
    assertThat(report.truncated()).isTrue();
    assertThat(report.lowered()).isZero();
  }

  @Test
  void policiesOfDifferentProfilesCannotBeCompared() {
    assertThatThrownBy(() -> ShadowEvaluation.of(Fixtures.classifier("ORDER_117"), Fixtures.classifier("DRAFT_2025")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void policyVersionsAndShadowRunsAreRecordedInTheLedger() {
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(CLOCK).build()) {
      var versions = new PolicyVersions(ledger, profile("ORDER_117"), CLOCK, PlatformParameters.defaults());
      TierClassifier active = Fixtures.classifier("ORDER_117");
      TierClassifier candidate = withFollowersThreshold(500_000);
      versions.record(active.policy(), PolicyRole.ACTIVATED);
      versions.record(candidate.policy(), PolicyRole.CANDIDATE);
      ShadowReport report = ShadowEvaluation.of(active, candidate)
          .run(List.of(RoomMetrics.builder("a").followers(600_000).build()));
      versions.record(report, candidate.policy());
      assertThat(ledger.records()).extracting(r -> r.entry().type().value())
          .containsExactly("TIER_POLICY_ACTIVATED", "TIER_POLICY_CANDIDATE", "TIER_POLICY_SHADOW_RUN");
      assertThat(ledger.records().get(1).entry().payload())
          .containsEntry("version", "2026.2").containsEntry("digest", candidate.policy().digest());
      assertThat(ledger.records().get(2).entry().payload()).containsEntry("changed", "1").containsEntry("raised", "1");
      assertThat(ledger.records().get(0).entry().article()).hasToString("ORDER_117 Art. 11(1)");
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void changedDecisionsAreTheRoomsClassificationHistory() {
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(CLOCK).build()) {
      var versions = new PolicyVersions(ledger, profile("DRAFT_2025"), CLOCK, PlatformParameters.defaults());
      TierClassifier c = Fixtures.classifier("DRAFT_2025");
      RoomMetrics same = RoomMetrics.builder("room-1").followers(10).previousTier(Tier.lowest()).build();
      assertThat(versions.recordIfChanged(same, c.classify(same))).isEmpty();
      RoomMetrics grown = RoomMetrics.builder("room-1").followers(1_500_000).previousTier(Tier.of(2)).build();
      assertThat(versions.recordIfChanged(grown, c.classify(grown))).hasValueSatisfying(rec -> {
        assertThat(rec.entry().type().value()).isEqualTo("TIER_CHANGED");
        assertThat(rec.entry().payload()).containsEntry("fromTier", "T2").containsEntry("toTier", "T3")
            .containsEntry("toKey", "true").containsEntry("reasons", "FOLLOWERS>=1000000")
            .containsEntry("policy", "zhibo-default-draft2025@2026.1");
        assertThat(rec.entry().article()).hasToString("DRAFT_2025 Art. 11(1)");
      });
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }
}
