package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.WorkingDayDeadline;
import java.time.LocalDate;
import java.util.Map;

/**
 * Changes of registered information (信息变更): an operator's address, contact or agency changes now and
 * then; the operator reports it within the profile's {@link io.github.zhibo.core.regulation.RegulationProfile#changeReport()}
 * working days (most do), and where the profile has a platform check of the change
 * ({@code platformChangeCheck()}), the platform checks it within that many working days from the report.
 * Both deadlines run on the working-day calendar.
 */
public final class ChangeReportPhase implements Phase {

  @Override
  public String name() {
    return "change reports";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    for (SimParty op : sim.operators) {
      if (op.active && sim.chance(1.0 / 120)) {
        change(sim, op, day);
      }
    }
  }

  private void change(Sim sim, SimParty op, LocalDate changedOn) {
    WorkingDayDeadline rule = sim.profile.changeReport();
    LocalDate due = rule.dueDate(changedOn, sim.calendar);
    int late = sim.chance(0.85) ? sim.random.nextInt(rule.workingDays() + 1) : rule.workingDays() + 1 + sim.random.nextInt(4);
    LocalDate reported = sim.calendar.addWorkingDays(changedOn, Math.max(1, late));
    String what = new String[] {"address", "contact", "agency"}[sim.random.nextInt(3)];
    BlacklistPhase.track(sim, "operator change report", Obligation.CHANGE_REPORT, reported, due, () -> {
      sim.tally.performed(Obligation.CHANGE_REPORT);
      sim.evidence(Obligation.CHANGE_REPORT, op.id, "CHANGE_REPORTED", Map.of("field", what,
          "changedOn", changedOn.toString(), "dueOn", due.toString()), null, reported);
      sim.profile.platformChangeCheck().ifPresent(check -> {
        if (!sim.profile.imposes(Obligation.PLATFORM_CHANGE_CHECK)) {
          return;
        }
        LocalDate checkDue = check.dueDate(reported, sim.calendar);
        LocalDate checked = sim.calendar.addWorkingDays(reported,
            sim.chance(0.92) ? 1 + sim.random.nextInt(check.workingDays()) : check.workingDays() + 1 + sim.random.nextInt(3));
        BlacklistPhase.track(sim, "platform check of change", Obligation.PLATFORM_CHANGE_CHECK, checked, checkDue, () -> {
          sim.tally.performed(Obligation.PLATFORM_CHANGE_CHECK);
          sim.evidence(Obligation.PLATFORM_CHANGE_CHECK, op.id, "CHANGE_CHECKED", Map.of("field", what,
              "dueOn", checkDue.toString()), null, checked);
        });
      });
    });
  }
}
