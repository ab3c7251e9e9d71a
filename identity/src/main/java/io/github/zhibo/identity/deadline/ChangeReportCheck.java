package io.github.zhibo.identity.deadline;

import io.github.zhibo.identity.internal.Retentions;
import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.WorkingDayDeadline;
import io.github.zhibo.core.time.CalendarDataMissingException;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.identity.deadline.internal.DeadlineLog;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks the deadlines of a change of an operator's displayed information, in working days from the
 * profile: the operator's report within 3 working days of the change ({@link Obligation#CHANGE_REPORT}, both
 * texts), and — where the text sets it (ORDER_117 Art. 15) — the platform's check and re-publication within 7
 * working days of the report ({@link Obligation#PLATFORM_CHANGE_CHECK}).
 *
 * <p>Findings: {@code CHANGE.REPORT_OVERDUE} / {@code CHANGE.PLATFORM_CHECK_OVERDUE} (VIOLATION: the period
 * ended on or before yesterday and the duty is still undone), {@code CHANGE.REPORT_LATE} / {@code
 * CHANGE.PLATFORM_CHECK_LATE} (WARNING: done, but after the period). Calendar data missing for a year the
 * period touches gives {@code REVIEW}, never {@code ALLOW}. Each finding is recorded in the ledger if one is
 * configured. Immutable and thread-safe.
 */
public final class ChangeReportCheck implements Check<ChangeReport> {

  private final WorkingDayCalendar calendar;
  private final DeadlineLog log;

  private ChangeReportCheck(WorkingDayCalendar calendar, DeadlineLog log) {
    this.calendar = calendar;
    this.log = log;
  }

  /** A check on the bundled mainland calendar, recording nothing. */
  public static ChangeReportCheck create() {
    return builder().build();
  }

  /** Starts configuring a check. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "identity.changeReport";
  }

  /** The last day of the operator's report period for a change on {@code changedOn}. */
  public LocalDate reportDue(CheckContext ctx, LocalDate changedOn) {
    return ctx.profile().changeReport().dueDate(changedOn, calendar);
  }

  /** The last day of the platform's check for a report received on {@code reportedOn}, if the text sets one. */
  public Optional<LocalDate> platformCheckDue(CheckContext ctx, LocalDate reportedOn) {
    return ctx.profile().platformChangeCheck().map(d -> d.dueDate(reportedOn, calendar));
  }

  @Override
  public Decision check(ChangeReport change, CheckContext ctx) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(ctx, "ctx");
    LocalDate today = ctx.today();
    List<DeadlineLog.Entry> entries = new ArrayList<>();
    try {
      WorkingDayDeadline report = ctx.profile().changeReport();
      LocalDate due = report.dueDate(change.changedOn(), calendar);
      judge(ctx, entries, "CHANGE.REPORT", Obligation.CHANGE_REPORT, "identity.changeReport", report, due,
          change.reportedOn(), today);
      Optional<WorkingDayDeadline> platform = ctx.profile().platformChangeCheck();
      if (platform.isPresent() && change.reportedOn() != null && ctx.profile().imposes(Obligation.PLATFORM_CHANGE_CHECK)) {
        LocalDate platformDue = platform.get().dueDate(change.reportedOn(), calendar);
        judge(ctx, entries, "CHANGE.PLATFORM_CHECK", Obligation.PLATFORM_CHANGE_CHECK, "identity.platformChangeCheck",
            platform.get(), platformDue, change.platformCheckedOn(), today);
      }
    } catch (CalendarDataMissingException e) {
      return Decision.review(List.of(Finding.operational("DEADLINE.CALENDAR_MISSING", ctx.profileId(),
          Severity.WARNING, "identity.deadline.calendarMissing")
          .evidence(Evidence.builder().put("year", e.year()).build()).build()));
    }
    log.record(ctx, change.operator(), entries);
    List<Finding> findings = entries.stream().map(DeadlineLog.Entry::finding).toList();
    return Decision.fromFindings(ctx.profileId(), findings);
  }

  static void judge(CheckContext ctx, List<DeadlineLog.Entry> out, String rulePrefix, Obligation obligation,
      String keyPrefix, WorkingDayDeadline deadline, LocalDate due, @Nullable LocalDate doneOn, LocalDate today) {
    Evidence.Builder evidence = Evidence.builder().put("dueOn", due).put("workingDays", deadline.workingDays());
    if (doneOn == null) {
      if (today.isAfter(due)) {
        out.add(new DeadlineLog.Entry(ctx.finding(rulePrefix + "_OVERDUE", obligation, Severity.VIOLATION,
            keyPrefix + ".overdue").evidence(evidence.put("overdueDays", ChronoUnit.DAYS.between(due, today))
            .build()).build(), due, true, obligation.name()));
      }
    } else if (doneOn.isAfter(due)) {
      out.add(new DeadlineLog.Entry(ctx.finding(rulePrefix + "_LATE", obligation, Severity.WARNING,
          keyPrefix + ".late").evidence(evidence.put("doneOn", doneOn).build()).build(), due, false, obligation.name()));
    }
  }

  /** Configures a {@link ChangeReportCheck}; not thread-safe. */
  public static final class Builder {
    private WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private @Nullable EvidenceLedger ledger;
    private Period retention = Period.ofYears(3);

    private Builder() {}

    /** The working-day calendar (default: the bundled mainland calendar). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** A ledger each finding is recorded in (optional). */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** How long the ledger keeps the records (default three years). */
    public Builder retention(Period retention) {
      this.retention = Retentions.requirePositive(retention);
      return this;
    }

    /** Builds the check. */
    public ChangeReportCheck build() {
      return new ChangeReportCheck(calendar, new DeadlineLog(ledger, retention));
    }
  }
}
