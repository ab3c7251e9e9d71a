package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.classifier;
import static io.github.zhibo.tiering.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.check.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The go-live monitoring check, a passing and a failing case per article and profile. */
class MonitoringCheckTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

  private static Decision check(String p, RoomMetrics room, Set<Monitoring> active) {
    return new MonitoringCheck(classifier(p)).check(new LiveMonitoring(room, active), CheckContext.of(profile(p), CLOCK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void aKeySubjectWithoutItsMonitoringIsDeniedCitingTheKeySubjectArticle(String p) {
    var room = RoomMetrics.builder("k").followers(2_000_000).build();
    Decision d = check(p, room, Set.of(Monitoring.TECHNICAL_MONITORING));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).extracting(Finding::rule).containsOnly(MonitoringCheck.MISSING);
    assertThat(d.findings()).extracting(f -> f.article().orElseThrow().toString())
        .containsOnly(p.equals("ORDER_117") ? "ORDER_117 Art. 11(1)" : "DRAFT_2025 Art. 11(2)");
    assertThat(d.findings()).hasSize(p.equals("ORDER_117") ? 1 : 3);
    String text = Messages.load(MonitoringCheck.class, "messages").render(d.findings().get(0), Locale.ENGLISH);
    assertThat(text).contains("T3").contains("Art. 11");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void aKeySubjectWithEverythingInPlaceIsAllowed(String p) {
    var room = RoomMetrics.builder("k").followers(2_000_000).build();
    assertThat(check(p, room, EnumSet.allOf(Monitoring.class)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void concentratedComplaintsNeedArticle20Monitoring(String p) {
    var room = RoomMetrics.builder("c").verifiedComplaints30d(30).build();
    Decision missing = check(p, room, Set.of());
    assertThat(missing.outcome()).isEqualTo(Outcome.DENY);
    assertThat(missing.findings()).extracting(f -> f.article().orElseThrow().toString())
        .containsOnly(p + " Art. 20(2)");
    Set<Monitoring> needed = p.equals("ORDER_117")
        ? Set.of(Monitoring.TECHNICAL_MONITORING, Monitoring.REAL_TIME_PATROL)
        : Set.of(Monitoring.TECHNICAL_MONITORING, Monitoring.HUMAN_LIVE_WATCH, Monitoring.PLATFORM_INTERVENTION);
    assertThat(check(p, room, needed).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void anOrdinaryRoomNeedsNoMonitoring(String p) {
    assertThat(check(p, RoomMetrics.builder("o").followers(10).build(), Set.of()).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void lifeHealthGoodsNeedMonitoringOnlyUnderOrder117(String p) {
    Decision d = check(p, RoomMetrics.builder("f").categories("INFANT_FORMULA").build(), Set.of());
    assertThat(d.outcome()).isEqualTo(p.equals("ORDER_117") ? Outcome.DENY : Outcome.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void repeatedViolationsNeedMonitoringOnlyUnderOrder117(String p) {
    Decision d = check(p, RoomMetrics.builder("v").violations12m(3).build(), Set.of());
    assertThat(d.outcome()).isEqualTo(p.equals("ORDER_117") ? Outcome.DENY : Outcome.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117"})
  void aContextOfAnotherProfileIsReviewNeverAllow(String p) {
    Decision d = new MonitoringCheck(classifier(p)).check(
        new LiveMonitoring(RoomMetrics.builder("o").build(), Set.of()), CheckContext.of(profile("DRAFT_2025"), CLOCK));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings()).extracting(Finding::rule).containsExactly(MonitoringCheck.PROFILE_MISMATCH);
  }
}
