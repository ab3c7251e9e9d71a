package io.github.zhibo.examples.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoLiveGateTest {

  static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(20, 0).atZone(ChinaZone.ZONE).toInstant(),
      ChinaZone.ZONE);
  static final GoLiveRequest REQUEST = new GoLiveRequest("live-1", PartyId.of("op-1"),
      List.of(PartyId.of("m1"), PartyId.of("m2")), CLOCK.instant());

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<ComplianceEvent> events = new CopyOnWriteArrayList<>();
  private final Environment env = Environment.of(CLOCK).withExecutor(pool).withListener(events::add);

  @AfterEach
  void shutdown() throws InterruptedException {
    release.countDown();
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  static List<RegulationProfile> profiles() {
    return List.of(RegulationProfiles.get(ProfileId.ORDER_117), RegulationProfiles.get(ProfileId.DRAFT_2025));
  }

  private static Check<GoLiveRequest> allow() {
    return (r, c) -> c.allow();
  }

  private static Check<GoLiveRequest> violation(String rule) {
    return (r, c) -> Decision.fromFindings(c.profileId(), List.of(
        c.finding(rule, Obligation.PRE_LIVE_IDENTITY_CHECK, Severity.VIOLATION, "test.violation").build()));
  }

  /** Blocks until the test ends (interruptibly): slower than any timeout. */
  private Check<GoLiveRequest> slow() {
    return (r, c) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return c.allow();
    };
  }

  private GoLiveGate.Builder gate() {
    return GoLiveGate.builder().environment(env).totalDeadline(Duration.ofSeconds(5));
  }

  private static List<String> failedComponents(Decision d) {
    return d.findings().stream().filter(f -> f.rule().equals("CHECK.FAILED"))
        .map(f -> String.valueOf(f.evidence().get("check").orElseThrow().display())).toList();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void allComponentsAllowingIsAllow(RegulationProfile profile) {
    var d = gate().component("identity", allow()).component("blacklist", allow()).build().decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.profile()).isEqualTo(profile.id());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void everyFindingOfEveryComponentInComponentOrder(RegulationProfile profile) {
    var d = gate().component("identity", violation("IDENTITY.STALE")).component("tier", allow())
        .component("disclosure", violation("DISCLOSURE.SELLER_MISSING")).build().decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).extracting(Finding::rule).containsExactly("IDENTITY.STALE", "DISCLOSURE.SELLER_MISSING");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aThrowingComponentIsReviewNamingItAndOthersStillReport(RegulationProfile profile) {
    Check<GoLiveRequest> throwing = (r, c) -> {
      throw new IllegalStateException("secret 110101199003074514");
    };
    var d = gate().component("blacklist", throwing).component("identity", violation("IDENTITY.STALE")).build()
        .decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY); // the identity violation still denies
    assertThat(failedComponents(d)).containsExactly("blacklist");
    assertThat(d.toString()).doesNotContain("110101199003074514");
    assertThat(events).filteredOn(ComplianceEvent.ComponentFailed.class::isInstance)
        .extracting(e -> ((ComplianceEvent.ComponentFailed) e).component()).containsExactly("goLive.blacklist");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aThrowingComponentAloneIsReviewNeverAllow(RegulationProfile profile) {
    Check<GoLiveRequest> throwing = (r, c) -> {
      throw new AssertionError("bug");
    };
    var d = gate().component("tier", throwing).component("identity", allow()).build().decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(failedComponents(d)).containsExactly("tier");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aSlowComponentTimesOutOnItsOwnTimeout(RegulationProfile profile) {
    var d = gate().component("disclosure", slow(), Duration.ofMillis(50)).component("identity", allow()).build()
        .decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    Finding f = d.findings().get(0);
    assertThat(f.rule()).isEqualTo("CHECK.FAILED");
    assertThat(f.messageKey()).isEqualTo("check.timedOut");
    assertThat(f.evidence().get("check").orElseThrow().display()).isEqualTo("disclosure");
    assertThat(f.evidence().get("limit").orElseThrow().display()).isEqualTo("COMPONENT_TIMEOUT");
    assertThat(f.evidence().get("error").orElseThrow().display()).isEqualTo("ZB-CHK-0003");
    assertThat(Messages.core().render(f, Locale.ENGLISH)).contains("disclosure");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theTotalDeadlineBoundsEveryComponent(RegulationProfile profile) {
    var d = GoLiveGate.builder().environment(env).totalDeadline(Duration.ofMillis(60))
        .component("identity", slow(), Duration.ofSeconds(30)).component("blacklist", slow())
        .component("training", allow()).build().decide(REQUEST, profile);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(failedComponents(d)).containsExactly("identity", "blacklist");
    assertThat(d.findings()).allSatisfy(f ->
        assertThat(f.evidence().get("limit").orElseThrow().display()).isEqualTo("TOTAL_DEADLINE"));
  }

  @Test
  void aComponentThatIgnoresInterruptsCannotHoldTheCallOrSneakInALateAllow() {
    var stubborn = new CountDownLatch(1);
    Check<GoLiveRequest> ignoresInterrupts = (r, c) -> {
      while (true) {
        try {
          if (stubborn.await(1, TimeUnit.SECONDS) || release.getCount() == 0) {
            return c.allow();
          }
        } catch (InterruptedException e) {
          // ignored on purpose
        }
      }
    };
    var d = GoLiveGate.builder().environment(env).totalDeadline(Duration.ofMillis(50))
        .component("tier", ignoresInterrupts).build().decide(REQUEST, RegulationProfiles.defaultProfile());
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    stubborn.countDown();
  }

  @Test
  void aLateAnswerOnADirectExecutorIsStillATimeout() {
    Check<GoLiveRequest> late = (r, c) -> {
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return c.allow();
    };
    var direct = Environment.of(CLOCK).withExecutor(Runnable::run);
    var d = GoLiveGate.builder().environment(direct).component("identity", late, Duration.ofMillis(5))
        .component("training", allow()).build().decide(REQUEST, RegulationProfiles.defaultProfile());
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(failedComponents(d)).containsExactly("identity");
  }

  @Test
  void nullDecisionsWrongProfilesAndRejectionsAreReview() {
    RegulationProfile o117 = RegulationProfiles.get(ProfileId.ORDER_117);
    RegulationProfile draft = RegulationProfiles.get(ProfileId.DRAFT_2025);
    Check<GoLiveRequest> nul = (r, c) -> null;
    Check<GoLiveRequest> other = (r, c) -> Decision.allow(draft.id());
    var d = gate().component("identity", nul).component("tier", other).build().decide(REQUEST, o117);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(failedComponents(d)).containsExactly("identity", "tier");

    var refusing = Environment.of(CLOCK).withExecutor(task -> {
      throw new RejectedExecutionException("full");
    });
    var r = GoLiveGate.builder().environment(refusing).component("training", allow()).build().decide(REQUEST, o117);
    assertThat(r.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(r.findings().get(0).evidence().get("error").orElseThrow().display()).isEqualTo("ZB-CHK-0004");
  }

  @Test
  void anInterruptedCallerGetsReviewAndKeepsItsInterruptFlag() {
    var d = new Decision[1];
    var interruptedAfter = new boolean[1];
    Thread caller = new Thread(() -> {
      Thread.currentThread().interrupt();
      d[0] = gate().component("identity", slow()).build().decide(REQUEST, RegulationProfiles.defaultProfile());
      interruptedAfter[0] = Thread.currentThread().isInterrupted();
    });
    caller.start();
    try {
      caller.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(d[0].outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d[0].findings().get(0).messageKey()).isEqualTo("check.interrupted");
    assertThat(interruptedAfter[0]).isTrue();
  }

  @Test
  void wiringMistakesFailAtBuildTime() {
    assertThatThrownBy(() -> GoLiveGate.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> GoLiveGate.builder().component("a", allow()).component("a", allow()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoLiveGate.builder().totalDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoLiveComponent.of("bad name", allow())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GoLiveRequest("live-1", PartyId.of("op"), List.of(), CLOCK.instant()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGateIsItselfACheckUnderTheCallersContext() {
    GoLiveGate g = gate().component("identity", allow()).build();
    var ctx = CheckContext.of(RegulationProfiles.get(ProfileId.DRAFT_2025), env);
    assertThat(g.check(REQUEST, ctx).profile()).isEqualTo(ProfileId.DRAFT_2025);
    assertThat(g.componentNames()).containsExactly("identity");
  }
}
