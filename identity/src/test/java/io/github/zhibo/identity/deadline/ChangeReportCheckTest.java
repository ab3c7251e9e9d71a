package io.github.zhibo.identity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day vectors are those of the calendar research note (National Day 2025, Spring Festival 2026). */
class ChangeReportCheckTest {

  private static final PartyId OP = PartyId.of("op-1");
  private final List<ComplianceEvent> events = new ArrayList<>();

  private static RegulationProfile profile(String id) {
    return id.equals("ORDER_117") ? Fixtures.ORDER_117 : Fixtures.DRAFT_2025;
  }

  private CheckContext ctx(String profile, LocalDate today) {
    return CheckContext.of(profile(profile), Fixtures.environmentAt(today).withListener(events::add));
  }

  @ParameterizedTest
  @CsvSource({"ORDER_117, ORDER_117 Art. 25(3)", "DRAFT_2025, DRAFT_2025 Art. 22(3)"})
  void operatorReportWithinThreeWorkingDaysAcrossNationalDay(String profile, String article) {
    var check = ChangeReportCheck.create();
    LocalDate changed = LocalDate.of(2025, 9, 30);
    assertThat(check.reportDue(ctx(profile, changed), changed)).isEqualTo(LocalDate.of(2025, 10, 11));

    var onTime = new ChangeReport(OP, changed, LocalDate.of(2025, 10, 11), null);
    assertThat(check.check(onTime, ctx(profile, LocalDate.of(2025, 10, 11))).outcome()).isEqualTo(Outcome.ALLOW);

    var late = new ChangeReport(OP, changed, LocalDate.of(2025, 10, 13), null);
    Decision d = check.check(late, ctx(profile, LocalDate.of(2025, 10, 13)));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("CHANGE.REPORT_LATE");
      assertThat(f.article()).map(Object::toString).contains(article);
    });

    var missing = new ChangeReport(OP, changed, null, null);
    assertThat(check.check(missing, ctx(profile, LocalDate.of(2025, 10, 11))).outcome()).isEqualTo(Outcome.ALLOW);
    Decision overdue = check.check(missing, ctx(profile, LocalDate.of(2025, 10, 12)));
    assertThat(overdue.outcome()).isEqualTo(Outcome.DENY);
    assertThat(overdue.findings()).extracting(Finding::rule).containsExactly("CHANGE.REPORT_OVERDUE");
    assertThat(events).filteredOn(e -> e instanceof ComplianceEvent.DeadlineMissed).hasSize(1);
    String rendered = DeadlineMessages.get().render(overdue.findings().get(0), java.util.Locale.ENGLISH);
    assertThat(rendered).contains("2025-10-11").contains(article).doesNotContain("{");
  }

  @Test
  void order117PlatformChecksWithinSevenWorkingDaysOfTheReport() {
    var check = ChangeReportCheck.create();
    LocalDate reported = LocalDate.of(2026, 2, 12);
    assertThat(check.platformCheckDue(ctx("ORDER_117", reported), reported)).contains(LocalDate.of(2026, 2, 28));
    var pending = new ChangeReport(OP, LocalDate.of(2026, 2, 10), reported, null);
    assertThat(check.check(pending, ctx("ORDER_117", LocalDate.of(2026, 2, 28))).outcome()).isEqualTo(Outcome.ALLOW);
    Decision overdue = check.check(pending, ctx("ORDER_117", LocalDate.of(2026, 3, 1)));
    assertThat(overdue.outcome()).isEqualTo(Outcome.DENY);
    assertThat(overdue.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("CHANGE.PLATFORM_CHECK_OVERDUE");
      assertThat(f.article()).map(Object::toString).contains("ORDER_117 Art. 15(1)");
      assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
    });
    var done = new ChangeReport(OP, LocalDate.of(2026, 2, 10), reported, LocalDate.of(2026, 2, 27));
    assertThat(check.check(done, ctx("ORDER_117", LocalDate.of(2026, 3, 10))).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void theDraftSetsNoPlatformCheckPeriod() {
    var pending = new ChangeReport(OP, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), null);
    var check = ChangeReportCheck.create();
    assertThat(check.platformCheckDue(ctx("DRAFT_2025", LocalDate.of(2026, 3, 10)), LocalDate.of(2026, 2, 12))).isEmpty();
    assertThat(check.check(pending, ctx("DRAFT_2025", LocalDate.of(2026, 3, 10))).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void findingsAreRecordedInTheLedger() {
    EvidenceLedger ledger = Fixtures.ledger(Fixtures.clockAt(LocalDate.of(2026, 3, 1)));
    var check = ChangeReportCheck.builder().ledger(ledger).build();
    check.check(new ChangeReport(OP, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), null),
        ctx("ORDER_117", LocalDate.of(2026, 3, 1)));
    assertThat(ledger.records()).singleElement().satisfies(r -> {
      assertThat(r.type().value()).isEqualTo("DEADLINE_FINDING");
      assertThat(r.payload()).containsEntry("rule", "CHANGE.PLATFORM_CHECK_OVERDUE").containsEntry("dueOn", "2026-02-28");
      assertThat(r.article().toString()).isEqualTo("ORDER_117 Art. 15(1)");
    });
  }

  @Test
  void aPeriodIntoAYearWithoutCalendarDataIsReviewNotAllow() {
    var change = new ChangeReport(OP, LocalDate.of(2026, 12, 30), null, null);
    Decision d = ChangeReportCheck.create().check(change, ctx("ORDER_117", LocalDate.of(2026, 12, 30)));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings()).extracting(Finding::rule).containsExactly("DEADLINE.CALENDAR_MISSING");
  }
}
