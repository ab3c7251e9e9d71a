package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.examples.demo.IdentityVerifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Periodic re-verification (定期核验) on the profile's interval, for the roles the profile names: each
 * working day the platform verifies, earliest due first, the parties due within
 * {@link #LEAD_DAYS} days, up to a daily capacity. A failed channel call leaves the party in the backlog;
 * a party verified after its due day counts as a missed deadline.
 */
public final class ReverificationPhase implements Phase {
  /** How far ahead of the due day the platform starts (platform choice). */
  public static final Parameter<Integer> LEAD_DAYS = Parameter.of("demo.reverify.leadDays", Integer.class, 10,
      v -> v >= 0 && v <= 60, "days before the due day the platform starts re-verifying");
  /** Parties the platform can re-verify per working day, per hundred covered parties (platform capacity). */
  public static final Parameter<Integer> CAPACITY_PER_HUNDRED = Parameter.of("demo.reverify.capacityPerHundred",
      Integer.class, 4, v -> v >= 1, "daily re-verification capacity per hundred covered parties");

  @Override
  public String name() {
    return "re-verification";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (!sim.calendar.isWorkingDay(day)) {
      return;
    }
    List<SimParty> covered = covered(sim);
    int capacity = Math.max(2, covered.size() * sim.parameters.get(CAPACITY_PER_HUNDRED) / 100);
    LocalDate horizon = day.plusDays(sim.parameters.get(LEAD_DAYS));
    List<SimParty> due = new ArrayList<>();
    for (SimParty p : covered) {
      if (p.nextDue != null && !p.nextDue.isAfter(horizon)) {
        due.add(p);
      }
    }
    due.sort(Comparator.comparing((SimParty p) -> p.nextDue).thenComparing(p -> p.id.value()));
    for (SimParty p : due.subList(0, Math.min(capacity, due.size()))) {
      IdentityVerifier.Result r = sim.services.verifier().verify(p.id, p.role, day);
      if (r == IdentityVerifier.Result.UNAVAILABLE) {
        sim.tally.channelFailures++;
        continue;
      }
      Obligation o = obligation(p.role);
      LocalDate dueOn = p.nextDue;
      if (r == IdentityVerifier.Result.MISMATCH) {
        // the party must correct its registration; it stays due and is tried again
        sim.tally.verificationMismatches++;
        continue;
      }
      sim.tally.performed(o);
      sim.tally.deadline(kind(p.role), o, !day.isAfter(dueOn), day);
      p.lastVerifiedOn = day;
      p.nextDue = sim.profile.reverification().nextDue(day);
      sim.evidence(o, p.id, "REVERIFIED", Map.of("role", p.role.name(), "dueOn", dueOn.toString(),
          "result", "VERIFIED"), null, day);
    }
  }

  /** Active registered parties whose role the profile's periodic duty covers. */
  static List<SimParty> covered(Sim sim) {
    var out = new ArrayList<SimParty>();
    if (sim.profile.reverification().covers(PartyRole.LIVE_ROOM_OPERATOR)) {
      sim.operators.stream().filter(p -> p.active).forEach(out::add);
    }
    if (sim.profile.reverification().covers(PartyRole.MARKETER)) {
      sim.marketers.stream().filter(p -> p.active).forEach(out::add);
    }
    return out;
  }

  /**
   * The work queue at the end of {@code day}: parties due within the lead window or overdue, not yet
   * re-verified. Also records the most parties overdue on one day.
   */
  static int backlog(Sim sim, LocalDate day) {
    int queue = 0;
    int overdue = 0;
    LocalDate horizon = day.plusDays(sim.parameters.get(LEAD_DAYS));
    for (SimParty p : covered(sim)) {
      if (p.nextDue != null && !p.nextDue.isAfter(horizon)) {
        queue++;
        if (p.nextDue.isBefore(day)) {
          overdue++;
        }
      }
    }
    sim.tally.maxOverdue = Math.max(sim.tally.maxOverdue, overdue);
    return queue;
  }

  @Override
  public void finish(Sim sim, LocalDate lastDay) {
    for (SimParty p : covered(sim)) {
      if (p.nextDue == null) {
        continue;
      }
      if (p.nextDue.isBefore(lastDay)) {
        sim.tally.deadline(kind(p.role), obligation(p.role), false, lastDay);
      } else {
        sim.tally.deadline(kind(p.role), obligation(p.role)).open++;
      }
    }
  }

  private static String kind(PartyRole role) {
    return role == PartyRole.MARKETER ? "marketer re-verification" : "operator re-verification";
  }

  private static Obligation obligation(PartyRole role) {
    return role == PartyRole.MARKETER ? Obligation.REVERIFY_MARKETER : Obligation.REVERIFY_OPERATOR;
  }
}
