package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.classifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key-subject trigger of each text, with a room just over and just under the default threshold:
 * draft Art. 11 ¶2 (followers, transaction volume, influential marketers), Order 117 Art. 11 ¶1 (adds
 * repeated violations and life-and-health goods), Art. 20 ¶2 in both (complaint concentration).
 */
class KeySubjectTriggerTest {

  static Stream<Arguments> triggers() {
    return Stream.of(
        // profile, trigger, over, under, key in this profile
        row("ORDER_117", "FOLLOWERS>=1000000", b -> b.followers(1_000_000), b -> b.followers(999_999), true),
        row("DRAFT_2025", "FOLLOWERS>=1000000", b -> b.followers(1_000_000), b -> b.followers(999_999), true),
        row("ORDER_117", "GMV_30D_FEN>=1000000000", b -> b.gmv30dFen(1_000_000_000L), b -> b.gmv30dFen(999_999_999L), true),
        row("DRAFT_2025", "GMV_30D_FEN>=1000000000", b -> b.gmv30dFen(1_000_000_000L), b -> b.gmv30dFen(999_999_999L), true),
        row("ORDER_117", "ORDERS_30D>=100000", b -> b.orders30d(100_000), b -> b.orders30d(99_999), true),
        row("DRAFT_2025", "ORDERS_30D>=100000", b -> b.orders30d(100_000), b -> b.orders30d(99_999), true),
        row("ORDER_117", "MARKETER_INFLUENCE>=0.8", b -> b.marketerInfluence(0.8), b -> b.marketerInfluence(0.79), true),
        row("DRAFT_2025", "MARKETER_INFLUENCE>=0.8", b -> b.marketerInfluence(0.8), b -> b.marketerInfluence(0.79), true),
        row("ORDER_117", "VIOLATIONS_12M>=2", b -> b.violations12m(2), b -> b.violations12m(1), true),
        row("DRAFT_2025", "VIOLATIONS_12M>=2", b -> b.violations12m(5), b -> b.violations12m(1), false),
        row("ORDER_117", "LIFE_HEALTH_CATEGORY", b -> b.categories("INFANT_FORMULA"), b -> b.categories("APPAREL"), true),
        row("ORDER_117", "LIFE_HEALTH_CATEGORY", b -> b.categories("FOOD"), b -> b.categories("COSMETICS"), true),
        row("ORDER_117", "LIFE_HEALTH_CATEGORY", b -> b.categories("HEALTH_FOOD"), b -> b.categories("HOME"), true),
        row("ORDER_117", "LIFE_HEALTH_CATEGORY", b -> b.categories("DRUG"), b -> b.categories("SERVICE"), true),
        row("ORDER_117", "LIFE_HEALTH_CATEGORY", b -> b.categories("MEDICAL_DEVICE"), b -> b.categories("ELECTRONICS"), true),
        row("DRAFT_2025", "LIFE_HEALTH_CATEGORY", b -> b.categories("DRUG"), b -> b.categories("APPAREL"), false),
        row("ORDER_117", "VERIFIED_COMPLAINTS_30D>=20", b -> b.verifiedComplaints30d(20), b -> b.verifiedComplaints30d(19), true),
        row("DRAFT_2025", "VERIFIED_COMPLAINTS_30D>=20", b -> b.verifiedComplaints30d(20), b -> b.verifiedComplaints30d(19), true),
        row("ORDER_117", "COMPLAINT_RATE_30D>=0.02", b -> b.complaintRate30d(0.02), b -> b.complaintRate30d(0.019), true),
        row("DRAFT_2025", "COMPLAINT_RATE_30D>=0.02", b -> b.complaintRate30d(0.02), b -> b.complaintRate30d(0.019), true));
  }

  private static Arguments row(String profile, String trigger, UnaryOperator<RoomMetrics.Builder> over,
      UnaryOperator<RoomMetrics.Builder> under, boolean key) {
    return Arguments.of(profile, trigger, over, under, key);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("triggers")
  void overTheThresholdIsKeyUnderItIsNot(String profile, String trigger, UnaryOperator<RoomMetrics.Builder> over,
      UnaryOperator<RoomMetrics.Builder> under, boolean key) {
    TierClassifier c = classifier(profile);
    TierDecision yes = c.classify(over.apply(RoomMetrics.builder("k")).build());
    TierDecision no = c.classify(under.apply(RoomMetrics.builder("k")).build());
    assertThat(yes.keySubject()).isEqualTo(key);
    assertThat(no.keySubject()).isFalse();
    assertThat(no.monitoring()).isEmpty();
    if (key) {
      assertThat(yes.reasons()).contains(trigger);
      assertThat(yes.monitoring()).contains(Monitoring.TECHNICAL_MONITORING);
    } else {
      assertThat(yes.criteria()).filteredOn(r -> r.kind() == CriterionKind.KEY_SUBJECT).isEmpty();
      assertThat(yes.monitoring()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void complaintConcentrationNeedsTheMonitoringOfArticle20(String profile) {
    TierDecision d = classifier(profile).classify(RoomMetrics.builder("c").verifiedComplaints30d(25).build());
    assertThat(d.keySubject()).isTrue();
    if (profile.equals("DRAFT_2025")) {
      assertThat(d.monitoring()).containsExactly(Monitoring.TECHNICAL_MONITORING, Monitoring.HUMAN_LIVE_WATCH,
          Monitoring.PLATFORM_INTERVENTION);
    } else {
      assertThat(d.monitoring()).containsExactly(Monitoring.TECHNICAL_MONITORING, Monitoring.REAL_TIME_PATROL);
    }
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void keySubjectAndComplaintsTogetherNeedBothPlans(String profile) {
    TierDecision d = classifier(profile).classify(
        RoomMetrics.builder("c").followers(3_000_000).complaintRate30d(0.05).build());
    assertThat(d.monitoring()).startsWith(Monitoring.TECHNICAL_MONITORING);
    if (profile.equals("DRAFT_2025")) {
      assertThat(d.monitoring()).containsExactly(Monitoring.values());
    }
  }
}
