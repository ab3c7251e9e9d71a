package io.github.zhibo.identity.gate;

import static io.github.zhibo.identity.gate.GateFixtures.context;
import static io.github.zhibo.identity.gate.GateFixtures.live;
import static io.github.zhibo.identity.gate.GateFixtures.marketerAged;
import static io.github.zhibo.identity.gate.GateFixtures.reportFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Checks;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.channel.CachingChannel;
import io.github.zhibo.identity.channel.NetworkIdentityCredential;
import io.github.zhibo.identity.channel.SandboxChannel;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GateChannelAndBarListTest {

  private static List<String> rules(Decision d) {
    return d.findings().stream().map(Finding::rule).toList();
  }

  private static MarketerEntry.Builder reportedOnly(Marketer m) {
    return MarketerEntry.builder(m).operatorReport(reportFor(m));
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void withoutAFreshCheckTheGateAsksItsChannel(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var sandbox = SandboxChannel.builder().person(m.name(), m.document()).build();
    var gate = PreLiveIdentityGate.builder().channel(sandbox).build();
    Decision d = gate.check(live(reportedOnly(m).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    Finding match = d.findings().stream().filter(f -> f.rule().equals(PreLiveIdentityGate.RULE_CHECK_MATCH))
        .findFirst().orElseThrow();
    assertThat(match.evidence().get("checkedByGate")).map(Object::toString).contains("true");
    assertThat(sandbox.callCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aMismatchFromTheChannelIsDenied(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var sandbox = SandboxChannel.builder().person("别人", m.document()).build();
    Decision d = PreLiveIdentityGate.builder().channel(sandbox).build().check(live(reportedOnly(m).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(rules(d)).contains(PreLiveIdentityGate.RULE_CHECK_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aChannelOutageOrExceptionGivesReviewNeverAllow(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var sandbox = SandboxChannel.builder().person(m.name(), m.document()).build();
    sandbox.outage(true);
    Decision down = PreLiveIdentityGate.builder().channel(CachingChannel.builder(sandbox).build()).build()
        .check(live(reportedOnly(m).build()), context(profile));
    assertThat(down.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(rules(down)).contains(PreLiveIdentityGate.RULE_CHECK_UNAVAILABLE);

    VerificationChannel broken = r -> {
      throw new IllegalStateException("down");
    };
    Decision thrown = PreLiveIdentityGate.builder().channel(broken).build()
        .check(live(reportedOnly(m).build()), context(profile));
    assertThat(thrown.outcome()).isEqualTo(Outcome.REVIEW);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aMarketerWhoChoseANetworkIdentityIsCheckedWithoutThePlaintextNumber(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var credential = NetworkIdentityCredential.networkNumber("WH-netid-abcdef");
    var seen = new ArrayList<VerificationRequest>();
    var sandbox = SandboxChannel.builder().networkIdentity(credential).build();
    VerificationChannel recording = r -> {
      seen.add(r);
      return sandbox.verify(r);
    };
    Decision d = PreLiveIdentityGate.builder().channel(recording).build()
        .check(live(reportedOnly(m).networkIdentity(credential).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(seen).hasSize(1).allSatisfy(r -> assertThat(r).isInstanceOf(VerificationRequest.NetworkIdentityCheck.class));
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aBarredMarketerIsDeniedAndAFailingListGivesReview(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var entry = GateFixtures.compliant(m).build();
    BarList blacklist = q -> q.marketer().equals(m.id()) ? BarAnswer.barred("BLACKLIST") : BarAnswer.clear();
    Decision barred = PreLiveIdentityGate.builder().barList(blacklist).build().check(live(entry), context(profile));
    assertThat(barred.outcome()).isEqualTo(Outcome.DENY);
    Finding f = barred.findings().stream().filter(x -> x.rule().equals(PreLiveIdentityGate.RULE_BAR_LISTED))
        .findFirst().orElseThrow();
    assertThat(f.article()).isEqualTo(profile.article(Obligation.PRE_LIVE_IDENTITY_CHECK));
    assertThat(f.evidence().get("barReason")).map(Object::toString).contains("BLACKLIST");

    BarList failing = q -> {
      throw new IllegalStateException("db down");
    };
    Decision review = PreLiveIdentityGate.builder().barList(BarList.allOf(List.of(BarList.none(), failing))).build()
        .check(live(entry), context(profile));
    assertThat(review.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(rules(review)).contains(PreLiveIdentityGate.RULE_BAR_UNAVAILABLE);

    Decision barredWins = PreLiveIdentityGate.builder().barList(BarList.allOf(List.of(failing, blacklist))).build()
        .check(live(entry), context(profile));
    assertThat(barredWins.outcome()).isEqualTo(Outcome.DENY);

    Decision nullAnswer = PreLiveIdentityGate.builder().barList(q -> null).build().check(live(entry), context(profile));
    assertThat(nullAnswer.outcome()).isEqualTo(Outcome.REVIEW);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theGateComposesWithOtherChecks(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var gate = PreLiveIdentityGate.builder().build();
    var composite = Checks.<PreLiveRequest>allOf(gate, (s, c) -> c.allow());
    assertThat(composite.check(live(GateFixtures.compliant(m).build()), context(profile)).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(gate.name()).isEqualTo("identity.preLiveIdentityGate");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theSandboxCanAcceptEveryoneForTheReferenceApp(RegulationProfile profile) {
    var sandbox = SandboxChannel.builder().unknownAnswer(VerificationOutcome.MATCH).build();
    Marketer m = marketerAged(40);
    Decision d = PreLiveIdentityGate.builder().channel(sandbox).build().check(live(reportedOnly(m).build()), context(profile));
    assertThat(d.isAllowed()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aCachedAnswerOlderThanTheWindowIsNoDynamicCheck(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var channelClock = new io.github.zhibo.identity.channel.MutableClock(GateFixtures.NOW.minusSeconds(3 * 3600));
    var env = io.github.zhibo.core.env.Environment.of(channelClock);
    var sandbox = SandboxChannel.builder().environment(env).person(m.name(), m.document()).build();
    var cache = CachingChannel.builder(sandbox).environment(env).build(); // MATCH kept 12 h
    cache.verify(new VerificationRequest.PersonCheck(m.name(), m.document())); // answered 3 h before now
    var ctx = context(profile).withParameters(context(profile).parameters()
        .with("strict-2", io.github.zhibo.core.param.CoreParameters.PRE_LIVE_FRESHNESS, java.time.Duration.ofHours(1)));
    Decision d = PreLiveIdentityGate.builder().channel(cache).build().check(live(reportedOnly(m).build()), ctx);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    Finding f = d.findings().stream().filter(x -> x.rule().equals(PreLiveIdentityGate.RULE_CHECK_MISSING))
        .findFirst().orElseThrow();
    assertThat(f.evidence().get("gateAnswerStale")).map(Object::toString).contains("true");
    assertThat(sandbox.callCount()).as("served from the cache").isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theGatesOwnVerificationsGoToTheSinkAndAFailingSinkChangesNothing(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var sandbox = SandboxChannel.builder().person(m.name(), m.document()).build();
    var recorded = new ArrayList<io.github.zhibo.identity.channel.Verification>();
    Decision d = PreLiveIdentityGate.builder().channel(sandbox)
        .verificationSink((who, v) -> {
          assertThat(who).isEqualTo(m.id());
          recorded.add(v);
        }).build()
        .check(live(reportedOnly(m).build(), GateFixtures.compliant(marketerAged(40)).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(recorded).hasSize(1).allSatisfy(v -> assertThat(v.isMatch()).isTrue());

    var events = new ArrayList<io.github.zhibo.core.env.ComplianceEvent>();
    Decision failingSink = PreLiveIdentityGate.builder().channel(sandbox)
        .verificationSink((who, v) -> {
          throw new IllegalStateException("store down");
        }).build()
        .check(live(reportedOnly(m).build()), GateFixtures.context(profile, events::add));
    assertThat(failingSink.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(io.github.zhibo.core.env.ComplianceEvent.ComponentFailed.class));
  }
}
