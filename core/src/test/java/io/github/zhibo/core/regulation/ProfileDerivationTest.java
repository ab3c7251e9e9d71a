package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Month;
import java.time.Period;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProfileDerivationTest {

  private static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  private static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  private static final String HEADER = "profile.id=ACME_STRICT\nprofile.version=acme-1\nprofile.basedOn=ORDER_117\n";

  private static RegulationProfile derive(String overrides) {
    return RegulationProfiles.derive("acme.properties", new StringReader(overrides));
  }

  private static void assertError(ThrowingCallable call, RegulationError code, String key) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RegulationProfileException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.key()).contains(key);
      assertThat(e.getMessage()).startsWith(code.id()).contains(key);
    });
  }

  @Test
  void override_changesOneValue_keepsEverythingElse() {
    RegulationProfile acme = derive(HEADER + "reverification.interval=P3M\n");

    assertThat(acme.id()).isEqualTo(ProfileId.of("ACME_STRICT"));
    assertThat(acme.version()).isEqualTo("acme-1");
    assertThat(acme.basedOn()).contains(ProfileId.ORDER_117);
    assertThat(acme.reverificationInterval()).isEqualTo(Period.ofMonths(3));
    // the source still cites the base text's article
    assertThat(acme.reverification().source()).isEqualTo(ORDER.reverification().source());

    assertThat(acme.text()).isEqualTo(LegalText.ORDER_117);
    assertThat(acme.articles()).isEqualTo(ORDER.articles());
    assertThat(acme.chapters()).isEqualTo(ORDER.chapters());
    assertThat(acme.changeReport()).isEqualTo(ORDER.changeReport());
    assertThat(acme.platformChangeCheck()).isEqualTo(ORDER.platformChangeCheck());
    assertThat(acme.retentions()).isEqualTo(ORDER.retentions());
    assertThat(acme.penalties()).isEqualTo(ORDER.penalties());
    assertThat(acme.measures()).isEqualTo(ORDER.measures());
    assertThat(acme.sellerLinkRules()).isEqualTo(ORDER.sellerLinkRules());
    assertThat(acme.identityReport()).isEqualTo(ORDER.identityReport());
    assertThat(ORDER.reverificationInterval()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void override_canTightenDeadlinesRetentionAndMonths() {
    RegulationProfile acme = derive(HEADER + "platformChangeCheck.workingDays=5\nretention.CORRECTION=P5Y\n"
        + "report.months=JANUARY,APRIL,JULY,OCTOBER\nchangeReport.workingDays=2\n");

    assertThat(acme.platformChangeCheck().orElseThrow().workingDays()).isEqualTo(5);
    assertThat(acme.platformChangeCheck().orElseThrow().source()).isEqualTo(ORDER.ref(15));
    assertThat(acme.retention(RetainedRecord.CORRECTION).orElseThrow().minimum()).isEqualTo(Period.ofYears(5));
    assertThat(acme.reportMonths()).hasSize(4);
    assertThat(acme.changeReport().workingDays()).isEqualTo(2);
  }

  @Test
  void derivedFromDraft_keepsTheDraftText() {
    RegulationProfile d = derive("profile.id=ACME_DRAFT\nprofile.version=1\nprofile.basedOn=DRAFT_2025\nbuyerReplay=P60D\n");
    assertThat(d.text()).isEqualTo(LegalText.DRAFT_2025);
    assertThat(d.buyerReplay().orElseThrow().minimum()).isEqualTo(Period.ofDays(60));
    assertThat(d.buyerReplay().orElseThrow().source()).isEqualTo(DRAFT.ref(19, 2));
    assertThat(d.platformChangeCheck()).isEmpty();
  }

  @Test
  void malformedOverride_namesTheKey() {
    assertError(() -> derive(HEADER + "reverification.interval=six months\n"),
        RegulationError.MALFORMED_VALUE, "reverification.interval");
    assertError(() -> derive(HEADER + "changeReport.workingDays=0\n"),
        RegulationError.MALFORMED_VALUE, "changeReport.workingDays");
    assertError(() -> derive(HEADER + "report.months=JANUARY,JULI\n"), RegulationError.MALFORMED_VALUE, "report.months");
  }

  @Test
  void looserOverride_isRejected() {
    assertError(() -> derive(HEADER + "reverification.interval=P12M\n"), RegulationError.LOOSENING, "reverification.interval");
    assertError(() -> derive(HEADER + "platformChangeCheck.workingDays=8\n"),
        RegulationError.LOOSENING, "platformChangeCheck.workingDays");
    assertError(() -> derive(HEADER + "retention.TRANSACTION_INFO=P2Y\n"), RegulationError.LOOSENING, "retention.TRANSACTION_INFO");
    assertError(() -> derive(HEADER + "report.months=JANUARY\n"), RegulationError.LOOSENING, "report.months");
    assertError(() -> derive(HEADER + "retention.CORRECTION=absent\n"), RegulationError.LOOSENING, "retention.CORRECTION");
  }

  @Test
  void overridingTheLaw_isRejected() {
    assertError(() -> derive(HEADER + "article.8.zh=改写\n"), RegulationError.NOT_OVERRIDABLE, "article.8.zh");
    assertError(() -> derive(HEADER + "penalty.54.fine=ANY:1..2\n"), RegulationError.NOT_OVERRIDABLE, "penalty.54.fine");
    assertError(() -> derive(HEADER + "reverification.source=9\n"), RegulationError.NOT_OVERRIDABLE, "reverification.source");
    assertError(() -> derive(HEADER + "profile.text=DRAFT_2025\n"), RegulationError.NOT_OVERRIDABLE, "profile.text");
    assertError(() -> derive(HEADER + "reverification.intervall=P3M\n"), RegulationError.NOT_OVERRIDABLE, "reverification.intervall");
  }

  @Test
  void obligationTheBaseLacks_cannotBeAdded() {
    String draftHeader = "profile.id=ACME_DRAFT\nprofile.version=1\nprofile.basedOn=DRAFT_2025\n";
    assertError(() -> derive(draftHeader + "platformChangeCheck.workingDays=7\n"),
        RegulationError.NOT_OVERRIDABLE, "platformChangeCheck.workingDays");
    assertError(() -> derive(HEADER + "buyerReplay=P30D\n"), RegulationError.NOT_OVERRIDABLE, "buyerReplay");
  }

  @Test
  void unknownBase_isRejected() {
    assertError(() -> derive("profile.id=ACME\nprofile.version=1\nprofile.basedOn=ORDER_118\n"),
        RegulationError.UNKNOWN_BASE, "profile.basedOn");
    assertError(() -> RegulationProfiles.derive(DRAFT, "x", new StringReader(HEADER)),
        RegulationError.UNKNOWN_BASE, "profile.basedOn");
    assertError(() -> derive("profile.id=ACME\nprofile.version=1\n"), RegulationError.MISSING_KEY, "profile.basedOn");
  }

  @Test
  void cyclicOrReservedId_isRejected() {
    assertError(() -> derive("profile.id=ORDER_117\nprofile.version=1\nprofile.basedOn=ORDER_117\n"),
        RegulationError.CYCLIC_OR_RESERVED_ID, "profile.id");
    assertError(() -> derive("profile.id=DRAFT_2025\nprofile.version=1\nprofile.basedOn=ORDER_117\n"),
        RegulationError.CYCLIC_OR_RESERVED_ID, "profile.id");

    RegulationProfile acme = derive(HEADER);
    RegulationProfile child = RegulationProfiles.derive(acme, "child",
        new StringReader("profile.id=ACME_CHILD\nprofile.version=2\nprofile.basedOn=ACME_STRICT\n"));
    assertError(() -> RegulationProfiles.derive(child, "loop",
        new StringReader("profile.id=ACME_STRICT\nprofile.version=3\nprofile.basedOn=ACME_CHILD\n")),
        RegulationError.CYCLIC_OR_RESERVED_ID, "profile.id");
  }

  @Test
  void chainedDerivation_tightensAgainstTheNearestBase() {
    RegulationProfile acme = derive(HEADER + "reverification.interval=P3M\n");
    RegulationProfile child = RegulationProfiles.derive(acme, "child", new StringReader(
        "profile.id=ACME_CHILD\nprofile.version=2\nprofile.basedOn=ACME_STRICT\nreverification.interval=P2M\n"));
    assertThat(child.basedOn()).contains(ProfileId.of("ACME_STRICT"));
    assertThat(child.reverificationInterval()).isEqualTo(Period.ofMonths(2));
    assertThat(child.text()).isEqualTo(LegalText.ORDER_117);

    assertError(() -> RegulationProfiles.derive(acme, "child", new StringReader(
        "profile.id=ACME_CHILD\nprofile.version=2\nprofile.basedOn=ACME_STRICT\nreverification.interval=P4M\n")),
        RegulationError.LOOSENING, "reverification.interval");
  }

  @Test
  void builder_derivesLikeAnOverrideFile() {
    RegulationProfile acme = ORDER.toBuilder().id(ProfileId.of("ACME_STRICT")).version("acme-1")
        .reverificationInterval(Period.ofMonths(3))
        .retention(RetainedRecord.LIVE_VIDEO, Period.ofYears(5))
        .reportMonths(Set.of(Month.JANUARY, Month.JULY, Month.OCTOBER))
        .build();

    assertThat(acme.reverificationInterval()).isEqualTo(Period.ofMonths(3));
    assertThat(acme.retention(RetainedRecord.LIVE_VIDEO).orElseThrow().minimum()).isEqualTo(Period.ofYears(5));
    assertThat(acme.reportMonths()).contains(Month.OCTOBER);
    assertThat(acme.basedOn()).contains(ProfileId.ORDER_117);
    assertThat(acme.penalties()).isEqualTo(ORDER.penalties());

    assertError(() -> ORDER.toBuilder().id(ProfileId.of("ACME")).version("1").unreachablePartyReminderWorkingDays(6).build(),
        RegulationError.LOOSENING, "unreachableReminder.workingDays");
    assertError(() -> ORDER.toBuilder().version("1").build(), RegulationError.MISSING_KEY, "profile.id");
  }

  @Test
  void periodComparison_isConservative() {
    assertThat(ProfileDerivation.atMost(Period.ofMonths(3), Period.ofMonths(6))).isTrue();
    assertThat(ProfileDerivation.atMost(Period.ofDays(84), Period.ofMonths(3))).isTrue();
    assertThat(ProfileDerivation.atMost(Period.ofDays(90), Period.ofMonths(3))).isFalse();
    assertThat(ProfileDerivation.atMost(Period.ofYears(1), Period.ofMonths(12))).isTrue();
    assertThat(ProfileDerivation.atMost(Period.ofMonths(7), Period.ofMonths(6))).isFalse();
  }
}
