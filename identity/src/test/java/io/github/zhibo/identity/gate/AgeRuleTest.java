package io.github.zhibo.identity.gate;

import static io.github.zhibo.identity.gate.GateFixtures.LIVE_DAY;
import static io.github.zhibo.identity.gate.GateFixtures.compliant;
import static io.github.zhibo.identity.gate.GateFixtures.context;
import static io.github.zhibo.identity.gate.GateFixtures.live;
import static io.github.zhibo.identity.gate.GateFixtures.marketer;
import static io.github.zhibo.identity.gate.GateFixtures.marketerAged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.channel.EvidenceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgeRuleTest {
  private final PreLiveIdentityGate gate = PreLiveIdentityGate.builder().build();

  private static List<String> rules(Decision d) {
    return d.findings().stream().map(Finding::rule).toList();
  }

  private static GuardianConsent consentFor(Marketer m) {
    return new GuardianConsent(m.id(), EvidenceRef.of("consent-7"), LIVE_DAY.minusMonths(1), Optional.empty());
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void underSixteenIsDenied(RegulationProfile profile) {
    Decision d = gate.check(live(compliant(marketerAged(15)).build()), context(profile));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    Finding f = d.findings().stream().filter(x -> x.rule().equals(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM))
        .findFirst().orElseThrow();
    assertThat(f.article()).isEqualTo(profile.article(Obligation.PRE_LIVE_IDENTITY_CHECK));
    assertThat(f.evidence().get("age")).map(Object::toString).contains("15");
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void sixteenToEighteenNeedsAGuardiansConsentInForce(RegulationProfile profile) {
    Marketer m = marketerAged(16);
    Decision without = gate.check(live(compliant(m).build()), context(profile));
    assertThat(without.outcome()).isEqualTo(Outcome.DENY);
    assertThat(rules(without)).contains(PreLiveIdentityGate.RULE_AGE_CONSENT_MISSING);

    Decision with = gate.check(live(compliant(m).guardianConsent(consentFor(m)).build()), context(profile));
    assertThat(with.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(rules(with)).contains(PreLiveIdentityGate.RULE_AGE_CONSENT_ON_FILE);

    var expired = new GuardianConsent(m.id(), EvidenceRef.of("consent-7"), LIVE_DAY.minusMonths(2),
        Optional.of(LIVE_DAY.minusDays(1)));
    assertThat(gate.check(live(compliant(m).guardianConsent(expired).build()), context(profile)).outcome())
        .isEqualTo(Outcome.DENY);

    var someoneElses = new GuardianConsent(PartyId.of("mk-other"), EvidenceRef.of("consent-8"), LIVE_DAY.minusMonths(1),
        Optional.empty());
    assertThat(gate.check(live(compliant(m).guardianConsent(someoneElses).build()), context(profile)).outcome())
        .isEqualTo(Outcome.DENY);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theBirthdayCountsOnTheLivesDayInChina(RegulationProfile profile) {
    Marketer sixteenToday = marketer(LIVE_DAY.minusYears(16));
    Marketer sixteenTomorrow = marketer(LIVE_DAY.minusYears(16).plusDays(1));
    assertThat(rules(gate.check(live(compliant(sixteenToday).build()), context(profile))))
        .contains(PreLiveIdentityGate.RULE_AGE_CONSENT_MISSING).doesNotContain(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM);
    assertThat(rules(gate.check(live(compliant(sixteenTomorrow).build()), context(profile))))
        .contains(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM);
    Marketer eighteenToday = marketer(LIVE_DAY.minusYears(18));
    assertThat(gate.check(live(compliant(eighteenToday).build()), context(profile)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theAgeLimitsArePlatformParameters(RegulationProfile profile) {
    var ctx = context(profile).withParameters(context(profile).parameters()
        .with("adults-only", CoreParameters.MIN_MARKETER_AGE, 18));
    Decision d = gate.check(live(compliant(marketerAged(17)).build()), ctx);
    assertThat(rules(d)).contains(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void aPassportWithoutAVerifiedBirthDateGoesToReview(RegulationProfile profile) {
    Marketer foreigner = GateFixtures.marketer(PartyId.of("mk-pp"), new IdentityDocument(DocumentType.PASSPORT, "E12345678"));
    Decision unknown = gate.check(live(compliant(foreigner).build()), context(profile));
    assertThat(unknown.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(rules(unknown)).contains(PreLiveIdentityGate.RULE_AGE_UNKNOWN);
    Decision adult = gate.check(live(compliant(foreigner).verifiedBirthDate(LocalDate.of(1990, 1, 1)).build()),
        context(profile));
    assertThat(adult.outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("io.github.zhibo.identity.gate.GateFixtures#profiles")
  void theBirthDateOfAnHmtPermitCountsToo(RegulationProfile profile) {
    String body = "810000" + LIVE_DAY.minusYears(15).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123";
    var permit = new IdentityDocument(DocumentType.HMT_PERMIT, body + io.github.zhibo.core.id.ResidentIdNumber.checkCharacter(body));
    Marketer m = GateFixtures.marketer(PartyId.of("mk-hk"), permit);
    Decision d = gate.check(live(compliant(m).build()), context(profile));
    assertThat(rules(d)).contains(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM);
  }

  static Stream<Arguments> seededAges() {
    var random = new SplittableRandom(20261203L);
    return GateFixtures.profiles().flatMap(p -> IntStream.range(0, 25)
        .mapToObj(i -> Arguments.of(p, random.nextInt(0, 60), random.nextBoolean())));
  }

  @ParameterizedTest
  @MethodSource("seededAges")
  void theOutcomeFollowsTheAgeBands(RegulationProfile profile, int age, boolean withConsent) {
    Marketer m = marketerAged(age);
    var entry = compliant(m);
    if (withConsent) {
      entry.guardianConsent(consentFor(m));
    }
    Decision d = gate.check(live(entry.build()), context(profile));
    int minimum = CoreParameters.MIN_MARKETER_AGE.defaultValue();
    int consentBelow = CoreParameters.GUARDIAN_CONSENT_BELOW_AGE.defaultValue();
    boolean allowed = age >= consentBelow || (age >= minimum && withConsent);
    assertThat(d.outcome()).as("age %d consent %s", age, withConsent).isEqualTo(allowed ? Outcome.ALLOW : Outcome.DENY);
    assertThat(rules(d).contains(PreLiveIdentityGate.RULE_AGE_UNDER_MINIMUM)).isEqualTo(age < minimum);
  }
}
