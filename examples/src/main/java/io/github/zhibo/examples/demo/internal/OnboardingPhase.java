package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.blacklist.ScreeningOccasion;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RetainedRecord;
import io.github.zhibo.examples.demo.IdentityVerifier;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Agencies, room operators of all three kinds and their marketers register (登记) and are verified through
 * the identity seam: all of the scale's parties over January's working days, then a few joiners a month. A
 * failed channel call is retried the next working day; a mismatch is corrected and retried two working
 * days later. Every newcomer is screened against the blacklist before registration.
 */
public final class OnboardingPhase implements Phase {
  private static final OperatorKind[] KINDS = OperatorKind.values();
  private int operatorsStarted;

  @Override
  public String name() {
    return "onboarding";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (!sim.calendar.isWorkingDay(day)) {
      return;
    }
    if (sim.agencies.isEmpty()) {
      for (int i = 0; i < sim.scale.agencies(); i++) {
        SimParty a = sim.newParty(PartyRole.MARKETER_AGENCY, OperatorKind.ORGANIZATION, day);
        admit(sim, a, day, sim.agencies::add);
      }
    }
    int today;
    if (day.getMonthValue() == 1) {
      today = Math.min(sim.scale.operators() - operatorsStarted, Math.max(2, sim.scale.operators() / 18));
    } else {
      today = sim.chance(sim.scale.joinersPerMonth() / 21.0) ? 1 : 0;
    }
    for (int i = 0; i < today; i++) {
      startOperator(sim, day);
    }
  }

  private void startOperator(Sim sim, LocalDate day) {
    OperatorKind kind = KINDS[operatorsStarted++ % KINDS.length];
    SimParty op = sim.newParty(PartyRole.LIVE_ROOM_OPERATOR, kind, day);
    op.followers = sim.chance(0.08) ? 300_000 + sim.random.nextInt(2_700_000)
        : Math.round(Math.exp(8.5 + 5.5 * sim.random.nextDouble() * sim.random.nextDouble()));
    op.gmv30dFen = op.followers * (50 + sim.random.nextInt(400));
    op.visits30d = op.followers * (2 + sim.random.nextInt(10));
    admit(sim, op, day, o -> {
      sim.operators.add(o);
      int n = kind == OperatorKind.NATURAL_PERSON ? 1 : 1 + sim.random.nextInt(3);
      for (int i = 0; i < n; i++) {
        SimParty m = sim.newParty(PartyRole.MARKETER, null, day);
        m.aiPersona = sim.chance(0.1);
        if (!sim.agencies.isEmpty() && sim.chance(0.6)) {
          m.agency = sim.agencies.get(sim.random.nextInt(sim.agencies.size()));
        }
        admit(sim, m, day, mk -> {
          o.marketers.add(mk);
          sim.marketers.add(mk);
          mk.trainingNext = sim.nextWorkingDay(day);
        });
      }
    });
  }

  /**
   * Screens {@code p}, then verifies it until the channel answers and the identity matches; on success
   * registers it (first verification, periodic due date) and hands it to {@code admitted}. Returns whether
   * screening let it in.
   */
  static boolean admit(Sim sim, SimParty p, LocalDate day, Consumer<SimParty> admitted) {
    if (sim.profile.imposes(Obligation.BLACKLIST_REENTRY)) {
      sim.tally.performed(Obligation.BLACKLIST_REENTRY);
      if (sim.services.screening().screen(p.matchKeys(), ScreeningOccasion.REGISTRATION, day).isPresent()) {
        return false;
      }
    }
    verify(sim, p, day, admitted);
    return true;
  }

  private static void verify(Sim sim, SimParty p, LocalDate day, Consumer<SimParty> admitted) {
    IdentityVerifier.Result r = sim.services.verifier().verify(p.id, p.role, day);
    switch (r) {
      case UNAVAILABLE -> {
        sim.tally.channelFailures++;
        LocalDate retry = sim.nextWorkingDay(day);
        sim.at(retry, () -> verify(sim, p, retry, admitted));
      }
      case MISMATCH -> {
        sim.tally.verificationMismatches++;
        LocalDate retry = sim.calendar.addWorkingDays(day, 2);
        sim.at(retry, () -> verify(sim, p, retry, admitted));
      }
      case VERIFIED -> {
        p.registeredOn = day;
        p.lastVerifiedOn = day;
        if (sim.profile.reverification().covers(p.role)) {
          p.nextDue = sim.profile.reverification().nextDue(day);
        }
        sim.tally.performed(Obligation.IDENTITY_REGISTRATION);
        sim.tally.population(label(p));
        sim.evidence(Obligation.IDENTITY_REGISTRATION, p.id, "IDENTITY_VERIFIED",
            Map.of("role", p.role.name(), "channel", "sandbox", "result", "VERIFIED"),
            p.role == PartyRole.MARKETER ? RetainedRecord.MARKETER_VERIFICATION : null, day);
        admitted.accept(p);
      }
    }
  }

  static String label(SimParty p) {
    return switch (p.role) {
      case MARKETER_AGENCY -> "marketer agencies";
      case MARKETER -> "marketers";
      case LIVE_ROOM_OPERATOR -> switch (p.kind == null ? OperatorKind.ORGANIZATION : p.kind) {
        case ORGANIZATION -> "operators: organisations";
        case INDIVIDUAL_BUSINESS -> "operators: individual businesses";
        case NATURAL_PERSON -> "operators: natural persons";
      };
      default -> p.role.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
