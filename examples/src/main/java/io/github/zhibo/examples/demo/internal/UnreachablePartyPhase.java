package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.WorkingDayDeadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parties the regulator finds unreachable at their registered address (无法联系): on the first working day
 * of each quarter the regulator notifies the platform of one or two of its operators or marketers, if the
 * profile's {@code unreachableParties()} rule covers those roles. The platform reminds each within
 * {@code unreachablePartyReminder()} working days of the notice; a party that updates its address has the
 * flag lifted, one that does not is limited until it does.
 */
public final class UnreachablePartyPhase implements Phase {

  @Override
  public String name() {
    return "unreachable parties";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (!sim.profile.imposes(Obligation.UNREACHABLE_PARTY) || day.getMonthValue() % 3 != 1
        || !sim.calendar.isWorkingDay(day) || !isFirstWorkingDayOfMonth(sim, day)) {
      return;
    }
    List<SimParty> candidates = new ArrayList<>();
    for (PartyRole role : List.of(PartyRole.LIVE_ROOM_OPERATOR, PartyRole.MARKETER)) {
      if (sim.profile.unreachableParties().parties().contains(role)) {
        (role == PartyRole.MARKETER ? sim.marketers : sim.operators).stream().filter(p -> p.active).forEach(candidates::add);
      }
    }
    int n = candidates.isEmpty() ? 0 : 1 + sim.random.nextInt(2);
    for (int i = 0; i < n; i++) {
      SimParty p = candidates.get(sim.random.nextInt(candidates.size()));
      notice(sim, p, day);
    }
  }

  private void notice(Sim sim, SimParty p, LocalDate received) {
    WorkingDayDeadline rule = sim.profile.unreachablePartyReminder();
    LocalDate due = rule.dueDate(received, sim.calendar);
    LocalDate reminded = sim.calendar.addWorkingDays(received,
        sim.chance(0.9) ? 1 + sim.random.nextInt(rule.workingDays()) : rule.workingDays() + 1 + sim.random.nextInt(3));
    BlacklistPhase.track(sim, "unreachable-party reminder", Obligation.UNREACHABLE_PARTY, reminded, due, () -> {
      sim.tally.performed(Obligation.UNREACHABLE_PARTY);
      sim.evidence(Obligation.UNREACHABLE_PARTY, p.id, "UNREACHABLE_REMINDED", Map.of("noticeOn", received.toString(),
          "dueOn", due.toString()), null, reminded);
      LocalDate updated = reminded.plusDays(2 + sim.random.nextInt(20));
      if (sim.chance(0.7)) {
        sim.at(updated, () -> {
          Obligation lift = sim.profile.imposes(Obligation.UNREACHABLE_PARTY_LIFT) ? Obligation.UNREACHABLE_PARTY_LIFT
              : Obligation.UNREACHABLE_PARTY;
          sim.tally.performed(lift);
          sim.evidence(lift, p.id, "UNREACHABLE_LIFTED", Map.of("updatedOn", updated.toString()), null, updated);
        });
      } else {
        sim.at(updated, () -> {
          sim.tally.finding(sim.article(Obligation.UNREACHABLE_PARTY));
          sim.violations.add(new Violation(p, Obligation.UNREACHABLE_PARTY,
              io.github.zhibo.core.regulation.ViolationGrade.MINOR, updated, "not updated after reminder"));
        });
      }
    });
  }

  private static boolean isFirstWorkingDayOfMonth(Sim sim, LocalDate day) {
    for (LocalDate d = day.withDayOfMonth(1); d.isBefore(day); d = d.plusDays(1)) {
      if (sim.calendar.isWorkingDay(d)) {
        return false;
      }
    }
    return true;
  }
}
