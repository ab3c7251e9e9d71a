package io.github.zhibo.identity.gate;

import static io.github.zhibo.identity.gate.GateFixtures.NOW;
import static io.github.zhibo.identity.gate.GateFixtures.answer;
import static io.github.zhibo.identity.gate.GateFixtures.compliant;
import static io.github.zhibo.identity.gate.GateFixtures.context;
import static io.github.zhibo.identity.gate.GateFixtures.live;
import static io.github.zhibo.identity.gate.GateFixtures.marketerAged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.channel.VerificationOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PreLiveIdentityGateTest {
  private final PreLiveIdentityGate gate = PreLiveIdentityGate.builder().build();

  private static List<String> rules(Decision d) {
    return d.findings().stream().map(Finding::rule).toList();
  }

  private static Finding only(Decision d, String rule) {
    var matching = d.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(matching).as("findings " + rules(d)).hasSize(1);
    return matching.get(0);
  }

  private static void citesItsArticle(Finding f, RegulationProfile profile, Obligation obligation) {
    assertThat(f.profile()).isEqualTo(profile.id());
    assertThat(f.article()).isEqualTo(profile.article(obligation));
    assertThat(f.article()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aCompliantAdultIsAllowedWithTheMatchRecorded(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    Decision d = gate.check(live(compliant(m).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    Finding match = only(d, PreLiveIdentityGate.RULE_CHECK_MATCH);
    assertThat(match.severity()).isEqualTo(Severity.INFO);
    citesItsArticle(match, profile, Obligation.PRE_LIVE_IDENTITY_CHECK);
    assertThat(match.path()).map(p -> p.value()).contains("marketers[0].dynamicChecks");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theOperatorsReportIsRequiredExactlyWhereTheTextImposesIt(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var entry = MarketerEntry.builder(m).dynamicCheck(answer(VerificationOutcome.MATCH, NOW.minusSeconds(60))).build();
    Decision d = gate.check(live(entry), context(profile));
    if (profile.imposes(Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY)) {
      assertThat(d.outcome()).isEqualTo(Outcome.DENY);
      citesItsArticle(only(d, PreLiveIdentityGate.RULE_REPORT_MISSING), profile,
          Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY);
    } else {
      assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
      assertThat(rules(d)).doesNotContain(PreLiveIdentityGate.RULE_REPORT_MISSING);
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aReportForAnotherLiveLateOrWithAnotherDocumentIsDeniedUnderOrder117(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    Marketer other = marketerAged(31);
    var wrongLive = new OperatorReport(GateFixtures.OPERATOR, PartyId.of("live-2"), NOW.minusSeconds(600), m.document());
    var late = new OperatorReport(GateFixtures.OPERATOR, GateFixtures.LIVE, NOW.plusSeconds(60), m.document());
    var mismatch = new OperatorReport(GateFixtures.OPERATOR, GateFixtures.LIVE, NOW.minusSeconds(600), other.document());
    var cases = List.of(
        List.of(wrongLive, PreLiveIdentityGate.RULE_REPORT_WRONG_LIVE),
        List.of(late, PreLiveIdentityGate.RULE_REPORT_LATE),
        List.of(mismatch, PreLiveIdentityGate.RULE_REPORT_MISMATCH));
    for (List<Object> c : cases) {
      var entry = compliant(m).operatorReport((OperatorReport) c.get(0)).build();
      Decision d = gate.check(live(entry), context(profile));
      String rule = (String) c.get(1);
      if (profile.imposes(Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY)) {
        assertThat(d.outcome()).as(rule).isEqualTo(Outcome.DENY);
        citesItsArticle(only(d, rule), profile, Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY);
      } else {
        assertThat(d.outcome()).as(rule).isEqualTo(Outcome.ALLOW);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void noDynamicCheckOrAStaleOneIsDenied(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var none = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m)).build();
    Decision d = gate.check(live(none), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    citesItsArticle(only(d, PreLiveIdentityGate.RULE_CHECK_MISSING), profile, Obligation.PRE_LIVE_IDENTITY_CHECK);

    // Older than the 24 h default window before the start.
    var stale = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.MATCH, GateFixtures.START.minus(Duration.ofHours(24)).minusSeconds(1)))
        .build();
    assertThat(gate.check(live(stale), context(profile)).outcome()).isEqualTo(Outcome.DENY);

    // A check dated in the future is not trusted.
    var future = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.MATCH, NOW.plusSeconds(5))).build();
    assertThat(rules(gate.check(live(future), context(profile)))).contains(PreLiveIdentityGate.RULE_CHECK_MISSING);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void thePlatformsFreshnessWindowIsAParameter(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var entry = compliant(m).build(); // matched 5 minutes before now, 35 before the start
    var ctx = context(profile).withParameters(context(profile).parameters()
        .with("strict-1", CoreParameters.PRE_LIVE_FRESHNESS, Duration.ofMinutes(30)));
    Decision d = gate.check(live(entry), ctx);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(only(d, PreLiveIdentityGate.RULE_CHECK_MISSING).evidence().get("freshnessMinutes"))
        .map(Object::toString).contains("30");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aMismatchOrNotFoundIsDeniedAndTheLatestAnswerDecides(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var mismatch = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.MATCH, NOW.minusSeconds(3600)))
        .dynamicCheck(answer(VerificationOutcome.MISMATCH, NOW.minusSeconds(60))).build();
    Decision d = gate.check(live(mismatch), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    citesItsArticle(only(d, PreLiveIdentityGate.RULE_CHECK_MISMATCH), profile, Obligation.PRE_LIVE_IDENTITY_CHECK);

    var notFound = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.NOT_FOUND, NOW.minusSeconds(60))).build();
    Decision d2 = gate.check(live(notFound), context(profile));
    assertThat(d2.outcome()).isEqualTo(Outcome.DENY);
    only(d2, PreLiveIdentityGate.RULE_CHECK_NOT_FOUND);

    var corrected = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.MISMATCH, NOW.minusSeconds(3600)))
        .dynamicCheck(answer(VerificationOutcome.MATCH, NOW.minusSeconds(60))).build();
    assertThat(gate.check(live(corrected), context(profile)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void anUnavailableChannelGivesReviewNeverAllow(RegulationProfile profile) {
    Marketer m = marketerAged(30);
    var entry = MarketerEntry.builder(m).operatorReport(GateFixtures.reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.UNAVAILABLE, NOW.minusSeconds(60))).build();
    var events = new ArrayList<ComplianceEvent>();
    Decision d = gate.check(live(entry), context(profile, events::add));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    Finding f = only(d, PreLiveIdentityGate.RULE_CHECK_UNAVAILABLE);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    citesItsArticle(f, profile, Obligation.PRE_LIVE_IDENTITY_CHECK);
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(ComplianceEvent.ComponentFailed.class));
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void findingsAreEmittedWithTheMarketerAndHoldNoPersonalData(RegulationProfile profile) {
    Marketer m = marketerAged(15);
    var events = new ArrayList<ComplianceEvent>();
    Decision d = gate.check(live(MarketerEntry.builder(m).build()), context(profile, events::add));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(events).filteredOn(e -> e instanceof ComplianceEvent.FindingMade).hasSize(d.findings().size())
        .allSatisfy(e -> assertThat(((ComplianceEvent.FindingMade) e).subject()).contains(m.id()));
    assertThat(d.toString() + events).doesNotContain(m.document().number(), m.name(), m.contact())
        .doesNotContainPattern("\\d{11,}");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void everyMarketerIsCheckedAndLocatedByPath(RegulationProfile profile) {
    Marketer ok = marketerAged(30);
    Marketer young = marketerAged(14);
    Decision d = gate.check(live(compliant(ok).build(), compliant(young).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    Finding f = only(d, PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM);
    assertThat(f.path()).map(p -> p.value()).contains("marketers[1].marketer.document");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void everyMessageKeyHasAnEnglishAndAChineseTemplate(RegulationProfile profile) {
    var messages = PreLiveIdentityGate.messages();
    assertThat(messages.chineseKeys()).isEqualTo(messages.keys());
    Marketer m = marketerAged(17);
    Decision d = gate.check(live(MarketerEntry.builder(m).build()), context(profile));
    for (Finding f : d.findings()) {
      assertThat(messages.keys()).contains(f.messageKey());
      assertThat(messages.render(f, java.util.Locale.CHINESE)).doesNotContain("{");
      assertThat(messages.render(f, java.util.Locale.ENGLISH)).doesNotContain("{");
    }
  }
}
