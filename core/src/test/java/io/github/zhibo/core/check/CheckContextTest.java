package io.github.zhibo.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.ObligationNotInTextException;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckContextTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T17:00:00Z"), ZoneId.of("UTC"));

  /** A check written once, against whatever profile its context carries: it reads the interval and cites the duty. */
  static final Check<LocalDate> OVERDUE = (lastVerified, ctx) -> {
    LocalDate due = ctx.profile().reverification().nextDue(lastVerified);
    return due.isBefore(ctx.today())
        ? Decision.deny(List.of(ctx.finding("IDENTITY.REVERIFY_OVERDUE", Obligation.REVERIFY_OPERATOR,
            Severity.VIOLATION, "identity.reverifyOverdue").build()))
        : ctx.allow();
  };

  @Test
  void aCheckWrittenOnce_worksUnderADerivedProfile_andCitesItsBaseText() {
    RegulationProfile strict = RegulationProfiles.derive("acme.properties", new StringReader(
        "profile.format=1\nprofile.id=ACME_STRICT\nprofile.version=1\nprofile.basedOn=ORDER_117\nreverification.interval=P3M\n"));
    LocalDate lastVerified = LocalDate.of(2025, 11, 1);   // due 2026-05-01 under P6M, 2026-02-01 under P3M

    Decision bundled = Checks.allOf(OVERDUE).check(lastVerified, CheckContext.of(RegulationProfiles.get(ProfileId.ORDER_117), CLOCK));
    Decision derived = Checks.allOf(OVERDUE).check(lastVerified, CheckContext.of(strict, CLOCK));

    assertThat(bundled.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(derived.outcome()).isEqualTo(Outcome.DENY);
    assertThat(derived.profile()).isEqualTo(ProfileId.of("ACME_STRICT"));
    assertThat(derived.findings().get(0).article()).hasValueSatisfying(a -> assertThat(a).hasToString("ORDER_117 Art. 8(1)"));
    assertThat(strict.reverificationInterval()).isEqualTo(Period.ofMonths(3));
  }

  @Test
  void underTheDraft_theSameCheckCitesTheDraftsArticle() {
    Decision d = OVERDUE.check(LocalDate.of(2025, 11, 1), CheckContext.of(RegulationProfiles.get(ProfileId.DRAFT_2025), CLOCK));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings().get(0).article()).hasValueSatisfying(a -> assertThat(a).hasToString("DRAFT_2025 Art. 8(1)"));
  }

  @Test
  void aRuleForADutyTheTextLacks_failsLoudly_notWithAnotherTextsArticle() {
    var ctx = CheckContext.of(RegulationProfiles.get(ProfileId.ORDER_117), CLOCK);
    assertThatThrownBy(() -> ctx.finding("DISCLOSURE.AGENCY_NAME", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.name"))
        .isInstanceOf(ObligationNotInTextException.class);
    assertThat(ctx.article(Obligation.AGENCY_DISPLAY)).isEmpty();
  }

  @Test
  void todayIsChinasDate_andParametersComeFromTheContext() {
    var ctx = CheckContext.of(RegulationProfiles.defaultProfile(), CLOCK);
    assertThat(ctx.today()).isEqualTo(LocalDate.of(2026, 3, 2));     // 17:00 UTC is 01:00 next day in Beijing
    assertThat(ctx.parameter(CoreParameters.MIN_MARKETER_AGE)).isEqualTo(16);
    var tightened = ctx.withParameters(PlatformParameters.defaults().with("acme-1", CoreParameters.MIN_MARKETER_AGE, 18));
    assertThat(tightened.parameter(CoreParameters.MIN_MARKETER_AGE)).isEqualTo(18);
    assertThat(tightened.profileId()).isEqualTo(ProfileId.ORDER_117);
  }
}
