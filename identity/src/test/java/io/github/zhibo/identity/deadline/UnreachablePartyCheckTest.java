package io.github.zhibo.identity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnreachablePartyCheckTest {

  private static final PartyId PARTY = PartyId.of("m-1");
  private static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);     // Monday
  private static final LocalDate REMINDER_DUE = LocalDate.of(2026, 3, 9);
  private static final LocalDate MEASURE_DUE = LocalDate.of(2026, 3, 16);

  private static RegulationProfile profile(String id) {
    return id.equals("ORDER_117") ? Fixtures.ORDER_117 : Fixtures.DRAFT_2025;
  }

  private static CheckContext ctx(String profile, LocalDate today) {
    return CheckContext.of(profile(profile), Fixtures.environmentAt(today));
  }

  @ParameterizedTest
  @CsvSource({"ORDER_117, ORDER_117 Art. 22(2)", "DRAFT_2025, DRAFT_2025 Art. 15(1)"})
  void reminderWithinFiveWorkingDaysOfTheNotice(String profile, String article) {
    var check = UnreachablePartyCheck.create();
    assertThat(check.reminderDue(ctx(profile, NOTICE), NOTICE)).isEqualTo(REMINDER_DUE);
    var open = UnreachableCase.notified(PARTY, NOTICE);
    assertThat(check.check(open, ctx(profile, REMINDER_DUE)).outcome()).isEqualTo(Outcome.ALLOW);
    Decision overdue = check.check(open, ctx(profile, REMINDER_DUE.plusDays(1)));
    assertThat(overdue.outcome()).isEqualTo(Outcome.DENY);
    assertThat(overdue.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("UNREACHABLE.REMINDER_OVERDUE");
      assertThat(f.article()).map(Object::toString).contains(article);
    });
    assertThat(check.check(open.reminded(REMINDER_DUE), ctx(profile, REMINDER_DUE.plusDays(1))).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(check.check(open.reminded(REMINDER_DUE.plusDays(1)), ctx(profile, REMINDER_DUE.plusDays(1)))
        .findings()).extracting(Finding::rule).containsExactly("UNREACHABLE.REMINDER_LATE");
  }

  @Test
  void order117RequiresAMeasureWhenThePartyStillHasNotUpdated() {
    var check = UnreachablePartyCheck.create();
    var reminded = UnreachableCase.notified(PARTY, NOTICE).reminded(REMINDER_DUE);
    assertThat(check.check(reminded, ctx("ORDER_117", MEASURE_DUE)).outcome()).isEqualTo(Outcome.ALLOW);
    Decision d = check.check(reminded, ctx("ORDER_117", MEASURE_DUE.plusDays(1)));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("UNREACHABLE.MEASURE_MISSING");
      assertThat(f.article()).map(Object::toString).contains("ORDER_117 Art. 22(3)");
    });
    assertThat(check.check(reminded.measureTaken(MEASURE_DUE.plusDays(1)), ctx("ORDER_117", MEASURE_DUE.plusDays(2)))
        .outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(check.check(reminded.updated(MEASURE_DUE), ctx("ORDER_117", MEASURE_DUE.plusDays(5))).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void theDraftOnlyPermitsAMeasure() {
    var reminded = UnreachableCase.notified(PARTY, NOTICE).reminded(REMINDER_DUE);
    Decision d = UnreachablePartyCheck.create().check(reminded, ctx("DRAFT_2025", MEASURE_DUE.plusDays(1)));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("UNREACHABLE.MEASURE_AVAILABLE");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.article()).map(Object::toString).contains("DRAFT_2025 Art. 15(2)");
    });
    assertThat(DeadlineMessages.get().render(d.findings().get(0), java.util.Locale.CHINA))
        .isEqualTo("经提醒仍未更新信息，平台可以采取处置措施（DRAFT_2025 Art. 15(2)）。");
    assertThat(MeasureDuty.of(Fixtures.DRAFT_2025).mandatory()).isFalse();
    assertThat(MeasureDuty.of(Fixtures.ORDER_117).mandatory()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"ORDER_117, ORDER_117 Art. 22(4)", "DRAFT_2025, DRAFT_2025 Art. 15(2)"})
  void aMeasureIsLiftedPromptlyAfterAVerifiedUpdate(String profile, String article) {
    EvidenceLedger ledger = Fixtures.ledger(Fixtures.clockAt(LocalDate.of(2026, 3, 26)));
    var check = UnreachablePartyCheck.builder().ledger(ledger).build();
    LocalDate verified = LocalDate.of(2026, 3, 20);                    // Friday; 3 working days end 2026-03-25
    var c = UnreachableCase.notified(PARTY, NOTICE).reminded(REMINDER_DUE).measureTaken(MEASURE_DUE.plusDays(1))
        .updated(LocalDate.of(2026, 3, 19)).updateVerified(verified);
    assertThat(check.check(c, ctx(profile, LocalDate.of(2026, 3, 25))).outcome()).isEqualTo(Outcome.ALLOW);
    Decision overdue = check.check(c, ctx(profile, LocalDate.of(2026, 3, 26)));
    assertThat(overdue.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("UNREACHABLE.LIFT_OVERDUE");
      assertThat(f.article()).map(Object::toString).contains(article);
    });
    assertThat(ledger.records()).extracting(r -> r.payload().get("rule")).containsExactly("UNREACHABLE.LIFT_OVERDUE");
    assertThat(check.check(c.lifted(LocalDate.of(2026, 3, 24)), ctx(profile, LocalDate.of(2026, 3, 30))).outcome())
        .isEqualTo(Outcome.ALLOW);
  }
}
