package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.ComplianceEvent.DeadlineMissed;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "timely" SLAs on the working-day calendar, each missed deadline one event. */
class DeadlinesTest {

  private static LocalDate reportDue(LocalDate takenOn) {
    return Fixture.CALENDAR.addWorkingDays(takenOn, CoreParameters.TIMELY_REPORT_WORKING_DAYS.defaultValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void checkDeadlines_unsentReportAfterDueDay_emitsOncePerReport(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    f.takeAllowed("c1", Measure.BLACKLIST);
    List<RegulatorReport> owed = f.workflow.reports();
    assertThat(owed).isNotEmpty().allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(reportDue(Fixture.DAY)));

    assertThat(f.workflow.checkDeadlines(reportDue(Fixture.DAY))).isEmpty();
    List<DeadlineMissed> missed = f.workflow.checkDeadlines(reportDue(Fixture.DAY).plusDays(1));
    assertThat(missed).hasSize(owed.size()).allSatisfy(e -> {
      assertThat(e.deadline()).isEqualTo("MEASURE_REPORTING");
      assertThat(e.dueOn()).isEqualTo(reportDue(Fixture.DAY));
      assertThat(e.subject().value()).isEqualTo("op-1");
    });
    assertThat(f.workflow.checkDeadlines(reportDue(Fixture.DAY).plusDays(9))).isEmpty();
    assertThat(f.events(DeadlineMissed.class)).hasSize(owed.size());
    assertThat(f.records("DEADLINE_MISSED")).hasSize(owed.size());
  }

  @Test
  void markSent_onTime_noEvent_late_emitsDeadlineMissed() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    f.takeAllowed("c1", Measure.WARNING);
    var reports = f.workflow.reports();
    RegulatorReport onTime = f.workflow.markSent(reports.get(0).reportId(), reports.get(0).dueOn());
    assertThat(onTime.isLate(onTime.dueOn().plusDays(30))).isFalse();
    assertThat(f.events(DeadlineMissed.class)).isEmpty();

    RegulatorReport late = f.workflow.markSent(reports.get(1).reportId(), reports.get(1).dueOn().plusDays(1));
    assertThat(late.isLate(late.dueOn())).isTrue();
    assertThat(f.events(DeadlineMissed.class)).singleElement()
        .satisfies(e -> assertThat(e.article()).isEqualTo(f.profile.requireArticle(Obligation.MEASURE_REPORTING)));
    assertThat(f.records("MEASURE_REPORT_SENT")).extracting(r -> r.payload().get("late")).containsExactly("false", "true");
    assertThat(f.workflow.checkDeadlines(late.dueOn().plusDays(5))).isEmpty();
    assertThatThrownBy(() -> f.workflow.markSent(reports.get(1).reportId(), late.dueOn()))
        .isInstanceOf(EnforcementException.class);
  }

  @Test
  void reportDue_spansNationalDay_countsWorkingDaysOnly() {
    var f = Fixture.of("ORDER_117");
    LocalDate eve = LocalDate.of(2026, 9, 30);
    f.clock.set(eve);
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    f.takeAllowed("c1", Measure.WARNING);
    LocalDate due = f.workflow.reports().get(0).dueOn();
    assertThat(due).isEqualTo(reportDue(eve)).isAfter(LocalDate.of(2026, 10, 8));
  }

  @Test
  void reportSla_followsThePlatformParameter() {
    var f = Fixture.of("DRAFT_2025");
    var params = PlatformParameters.defaults().with("strict-1", CoreParameters.TIMELY_REPORT_WORKING_DAYS, 1);
    var wf = DisposalWorkflow.builder().profile(f.profile).parameters(params)
        .ledger(EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(f.clock).build())
        .environment(Environment.of(f.clock)).calendar(Fixture.CALENDAR).build();
    wf.open(DisposalCase.onNotice("c1", CaseSource.REGULATOR_NOTICE, io.github.zhibo.core.party.PartyId.of("m-1"),
        io.github.zhibo.core.party.PartyRole.MARKETER, ViolationGrade.GRAVE, Fixture.DAY,
        io.github.zhibo.core.regulation.Authority.CAC));
    wf.take(wf.propose("c1", Measure.BLACKLIST), f.fullDetails());
    assertThat(wf.reports()).allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(Fixture.CALENDAR.addWorkingDays(Fixture.DAY, 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void checkDeadlines_noticeWithoutMeasure_missesDisposalOnNotice_platformFindingHasNoSla(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    f.open(DisposalCase.platformFinding("p1", io.github.zhibo.core.party.PartyId.of("op-2"),
        io.github.zhibo.core.party.PartyRole.LIVE_ROOM_OPERATOR, ViolationGrade.GENERAL, Fixture.DAY));
    LocalDate after = Fixture.CALENDAR.addWorkingDays(Fixture.DAY, 5).plusDays(1);
    assertThat(f.workflow.checkDeadlines(after)).singleElement().satisfies(e -> {
      assertThat(e.deadline()).isEqualTo("DISPOSAL_ON_NOTICE");
      assertThat(e.article()).isEqualTo(f.profile.requireArticle(Obligation.DISPOSAL_ON_NOTICE));
    });
  }

  @Test
  void checkDeadlines_noticeClosedWithDocumentedReason_noEvent() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    f.workflow.closeWithoutMeasure("c1", "NOTICE_WITHDRAWN", Fixture.DAY.plusDays(1));
    assertThat(f.workflow.checkDeadlines(Fixture.DAY.plusDays(30))).isEmpty();
    assertThat(f.records("DISPOSAL_CASE_CLOSED")).singleElement()
        .satisfies(r -> assertThat(r.payload()).containsEntry("reason", "NOTICE_WITHDRAWN"));
    assertThatThrownBy(() -> f.workflow.propose("c1", Measure.WARNING))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.ILLEGAL_TRANSITION));
  }

  @Test
  void checkDeadlines_noticeActedOnInTime_noEvent() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    f.takeAllowed("c1", Measure.WARNING);
    assertThat(f.workflow.checkDeadlines(Fixture.DAY.plusDays(60))).isEmpty();
  }
}
