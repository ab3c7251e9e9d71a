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
import org.jspecify.annotations.Nullable;

/**
 * Checks the platform's duties towards a party the regulator could not reach (ORDER_117 Art. 22; DRAFT_2025
 * Art. 15), in working days:
 *
 * <ul>
 *   <li>the reminder within the profile's period (5 working days) of the notice ({@link
 *       Obligation#UNREACHABLE_PARTY}): {@code UNREACHABLE.REMINDER_OVERDUE} (VIOLATION) or {@code
 *       UNREACHABLE.REMINDER_LATE} (WARNING);
 *   <li>a party still not updated {@link DeadlineParameters#UNREACHABLE_UPDATE_WORKING_DAYS} working days after
 *       the reminder: where the measure is mandatory ({@link MeasureDuty}, ORDER_117) and none was taken,
 *       {@code UNREACHABLE.MEASURE_MISSING} (VIOLATION); where it is optional (DRAFT_2025), {@code
 *       UNREACHABLE.MEASURE_AVAILABLE} (INFO);
 *   <li>a measure not lifted {@link DeadlineParameters#UNREACHABLE_LIFT_WORKING_DAYS} working days after the
 *       platform verified the party's update ({@link Obligation#UNREACHABLE_PARTY_LIFT}): {@code
 *       UNREACHABLE.LIFT_OVERDUE} (VIOLATION) or {@code UNREACHABLE.LIFT_LATE} (WARNING).
 * </ul>
 *
 * <p>Missing calendar data gives {@code REVIEW}. Findings are recorded in the ledger if one is configured.
 * Immutable and thread-safe.
 */
public final class UnreachablePartyCheck implements Check<UnreachableCase> {

  private final WorkingDayCalendar calendar;
  private final DeadlineLog log;

  private UnreachablePartyCheck(WorkingDayCalendar calendar, DeadlineLog log) {
    this.calendar = calendar;
    this.log = log;
  }

  /** A check on the bundled mainland calendar, recording nothing. */
  public static UnreachablePartyCheck create() {
    return builder().build();
  }

  /** Starts configuring a check. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "identity.unreachableParty";
  }

  /** The last day for the reminder after a notice received on {@code noticeOn}. */
  public LocalDate reminderDue(CheckContext ctx, LocalDate noticeOn) {
    return ctx.profile().unreachablePartyReminder().dueDate(noticeOn, calendar);
  }

  @Override
  public Decision check(UnreachableCase c, CheckContext ctx) {
    Objects.requireNonNull(c, "case");
    Objects.requireNonNull(ctx, "ctx");
    LocalDate today = ctx.today();
    List<DeadlineLog.Entry> entries = new ArrayList<>();
    try {
      WorkingDayDeadline reminder = ctx.profile().unreachablePartyReminder();
      LocalDate reminderDue = reminder.dueDate(c.noticeReceivedOn(), calendar);
      ChangeReportCheck.judge(ctx, entries, "UNREACHABLE.REMINDER", Obligation.UNREACHABLE_PARTY,
          "identity.unreachable.reminder", reminder, reminderDue, c.remindedOn(), today);
      if (c.remindedOn() != null && c.updatedOn() == null) {
        measure(ctx, c, entries, today);
      }
      if (c.measureTakenOn() != null && c.updateVerifiedOn() != null && ctx.profile().imposes(Obligation.UNREACHABLE_PARTY_LIFT)) {
        int days = ctx.parameter(DeadlineParameters.UNREACHABLE_LIFT_WORKING_DAYS);
        LocalDate liftDue = calendar.addWorkingDays(c.updateVerifiedOn(), days);
        Evidence.Builder evidence = Evidence.builder().put("dueOn", liftDue).put("workingDays", days);
        if (c.liftedOn() == null && today.isAfter(liftDue)) {
          entries.add(new DeadlineLog.Entry(ctx.finding("UNREACHABLE.LIFT_OVERDUE", Obligation.UNREACHABLE_PARTY_LIFT,
              Severity.VIOLATION, "identity.unreachable.liftOverdue")
              .evidence(evidence.put("overdueDays", ChronoUnit.DAYS.between(liftDue, today)).build()).build(),
              liftDue, true, Obligation.UNREACHABLE_PARTY_LIFT.name()));
        } else if (c.liftedOn() != null && c.liftedOn().isAfter(liftDue)) {
          entries.add(new DeadlineLog.Entry(ctx.finding("UNREACHABLE.LIFT_LATE", Obligation.UNREACHABLE_PARTY_LIFT,
              Severity.WARNING, "identity.unreachable.liftLate").evidence(evidence.put("doneOn", c.liftedOn()).build())
              .build(), liftDue, false, Obligation.UNREACHABLE_PARTY_LIFT.name()));
        }
      }
    } catch (CalendarDataMissingException e) {
      return Decision.review(List.of(Finding.operational("DEADLINE.CALENDAR_MISSING", ctx.profileId(),
          Severity.WARNING, "identity.deadline.calendarMissing")
          .evidence(Evidence.builder().put("year", e.year()).build()).build()));
    }
    log.record(ctx, c.party(), entries);
    return Decision.fromFindings(ctx.profileId(), entries.stream().map(DeadlineLog.Entry::finding).toList());
  }

  private void measure(CheckContext ctx, UnreachableCase c, List<DeadlineLog.Entry> entries, LocalDate today) {
    int days = ctx.parameter(DeadlineParameters.UNREACHABLE_UPDATE_WORKING_DAYS);
    LocalDate measureDue = calendar.addWorkingDays(c.remindedOn(), days);
    if (!today.isAfter(measureDue) || c.measureTakenOn() != null) {
      return;
    }
    MeasureDuty duty = MeasureDuty.of(ctx.profile());
    Evidence evidence = Evidence.builder().put("dueOn", measureDue).put("workingDays", days)
        .put("mandatory", duty.mandatory()).build();
    Finding f = Finding.builder(duty.mandatory() ? "UNREACHABLE.MEASURE_MISSING" : "UNREACHABLE.MEASURE_AVAILABLE",
            ctx.profileId(), duty.source(), duty.mandatory() ? Severity.VIOLATION : Severity.INFO,
            duty.mandatory() ? "identity.unreachable.measureMissing" : "identity.unreachable.measureAvailable")
        .evidence(evidence).build();
    entries.add(new DeadlineLog.Entry(f, measureDue, duty.mandatory(), "UNREACHABLE_PARTY_MEASURE"));
  }

  /** Configures an {@link UnreachablePartyCheck}; not thread-safe. */
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
    public UnreachablePartyCheck build() {
      return new UnreachablePartyCheck(calendar, new DeadlineLog(ledger, retention));
    }
  }
}
