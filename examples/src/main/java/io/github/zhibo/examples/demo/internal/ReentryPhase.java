package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Listed subjects try to come back (防止规避): a new account on the same identity, a borrowed identity on
 * the same device (sometimes a new device, which no key links), a shell company under the same
 * controller, or the listed account moved to another operator. Onboarding screens every newcomer; a hit
 * is blocked and kept as evidence, a miss is admitted — the tally knows the truth.
 */
public final class ReentryPhase implements Phase {

  @Override
  public String name() {
    return "re-entry";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (!sim.profile.imposes(Obligation.BLACKLIST)) {
      return;
    }
    List<SimParty> listed = new ArrayList<>();
    for (SimParty p : sim.operators) {
      if (p.blacklistEntry != null) listed.add(p);
    }
    for (SimParty p : sim.marketers) {
      if (p.blacklistEntry != null) listed.add(p);
    }
    for (SimParty p : listed) {
      if (sim.chance(1.0 / 30)) {
        attempt(sim, p, day);
      }
    }
  }

  private void attempt(Sim sim, SimParty listed, LocalDate day) {
    ReentryRoute[] routes = ReentryRoute.values();
    ReentryRoute route = routes[sim.random.nextInt(routes.length)];
    if (route == ReentryRoute.SHELL_COMPANY && listed.role != PartyRole.LIVE_ROOM_OPERATOR) {
      route = ReentryRoute.BORROWED_IDENTITY;
    }
    OperatorKind kind = route == ReentryRoute.SHELL_COMPANY ? OperatorKind.ORGANIZATION : listed.kind;
    SimParty comer = switch (route) {
      case NEW_ACCOUNT -> sim.newParty(listed.role, kind, day, listed.docKey, null, null, null);
      case BORROWED_IDENTITY -> sim.newParty(listed.role, kind, day, null, null,
          sim.chance(0.8) ? listed.deviceKey : null, null);
      case SHELL_COMPANY -> sim.newParty(listed.role, kind, day, null, listed.controllerKey, null, null);
      case MIGRATED_ACCOUNT -> sim.newParty(listed.role, kind, day, null, null, null, listed.accountKey);
    };
    comer.reentryOf = listed.id;
    Tally.ReentryStats stats = sim.tally.reentries.get(route);
    stats.attempts++;
    ReentryRoute r = route;
    boolean admitted = OnboardingPhase.admit(sim, comer, day, p -> {
      if (p.role == PartyRole.LIVE_ROOM_OPERATOR) {
        sim.operators.add(p);
        p.marketers.addAll(listed.marketers.stream().filter(m -> m.blacklistEntry == null).toList());
      } else {
        sim.marketers.add(p);
        p.trainingNext = sim.nextWorkingDay(day);
      }
    });
    if (!admitted) {
      stats.blocked++;
      sim.tally.finding(sim.article(Obligation.BLACKLIST_REENTRY));
      sim.evidence(Obligation.BLACKLIST_REENTRY, comer.id, "REENTRY_BLOCKED", Map.of("route", r.name(),
          "listedSubject", listed.id.value()), null, day);
    }
  }
}
