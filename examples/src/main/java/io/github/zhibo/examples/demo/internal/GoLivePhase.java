package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.blacklist.ScreeningOccasion;
import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RetainedRecord;
import io.github.zhibo.examples.demo.TierRating.DemoTier;
import io.github.zhibo.examples.golive.GoLiveComponent;
import io.github.zhibo.examples.golive.GoLiveComponents;
import io.github.zhibo.examples.golive.GoLiveGate;
import io.github.zhibo.examples.golive.GoLiveRequest;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rooms go live through the go-live gate ({@link GoLiveGate}) — the real training component of the
 * training module, a pre-live identity component and a blacklist-screening component over the demo's
 * seam. Rooms with a higher tier go live more often. An allowed live starts; a denied or held one does
 * not, and its findings are counted by article.
 */
public final class GoLivePhase implements Phase {
  private final Map<PartyId, SimParty> byId = new HashMap<>();
  private @Nullable GoLiveGate gate;

  @Override
  public String name() {
    return "go-live";
  }

  private GoLiveGate gate(Sim sim) {
    if (gate == null) {
      TrainingRecordSource records = id -> Optional.ofNullable(byId.get(id))
          .map(m -> new TrainingRecord(m.id, m.firstLive(), List.copyOf(m.completions), List.of()));
      var b = GoLiveGate.builder()
          .environment(sim.environment)
          .parameters(sim.parameters)
          // offline simulation on a direct executor: generous limits, so load on the machine never changes a run
          .totalDeadline(Duration.ofSeconds(30))
          .componentTimeout(Duration.ofSeconds(30))
          .component(GoLiveComponents.training(records, sim.environment));
      if (sim.profile.imposes(Obligation.PRE_LIVE_IDENTITY_CHECK)) {
        b.component(GoLiveComponent.of("identity", new PreLiveIdentity()));
      }
      if (sim.profile.imposes(Obligation.BLACKLIST_REENTRY)) {
        b.component(GoLiveComponent.of("blacklist", new ScreeningCheck(sim)));
      }
      gate = b.build();
    }
    return gate;
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    sim.livesToday.clear();
    GoLiveGate g = gate(sim);
    for (SimParty op : sim.operators) {
      if (!op.canGoLive(day) || day.isBefore(op.registeredOn.plusDays(5))) {
        continue;
      }
      double p = op.tier == DemoTier.KEY ? 0.6 : op.tier == DemoTier.ELEVATED ? 0.4 : 0.25;
      if (!sim.chance(p)) {
        continue;
      }
      List<PartyId> presenters = new ArrayList<>();
      for (SimParty m : op.marketers) {
        if (m.canGoLive(day)) {
          byId.put(m.id, m);
          presenters.add(m.id);
        }
      }
      if (presenters.isEmpty()) {
        continue;
      }
      byId.put(op.id, op);
      String liveId = "live-" + day + "-" + op.id.value();
      Decision d = g.decide(new GoLiveRequest(liveId, op.id, presenters, sim.clock.instant()), sim.profile);
      for (Finding f : d.findings()) {
        f.article().ifPresent(sim.tally::finding);
      }
      switch (d.outcome()) {
        case ALLOW -> {
          sim.tally.livesAllowed++;
          sim.livesToday.add(op);
          for (PartyId id : presenters) {
            SimParty m = byId.get(id);
            if (m.firstLiveOn == null) {
              m.firstLiveOn = day;
            }
          }
          if (sim.profile.imposes(Obligation.PRE_LIVE_IDENTITY_CHECK)) {
            sim.tally.performed(Obligation.PRE_LIVE_IDENTITY_CHECK);
          }
        }
        case REVIEW -> sim.tally.livesReview++;
        case DENY -> {
          sim.tally.livesDenied++;
          Obligation cited = d.findings().stream().anyMatch(f -> f.rule().startsWith("TRAINING."))
              ? Obligation.MARKETER_TRAINING : Obligation.BLACKLIST_REENTRY;
          sim.evidence(cited, op.id, "LIVE_DENIED", Map.of("findings", String.valueOf(d.findings().size()),
              "live", liveId), RetainedRecord.MARKETER_VERIFICATION, day);
        }
      }
    }
  }

  /** Pre-live identity (开播前核验): the room and each presenter registered and not overdue for re-verification. */
  private final class PreLiveIdentity implements Check<GoLiveRequest> {
    @Override
    public Decision check(GoLiveRequest request, CheckContext ctx) {
      var findings = new ArrayList<Finding>();
      List<PartyId> all = new ArrayList<>(request.marketers());
      all.add(0, request.roomOperator());
      for (PartyId id : all) {
        SimParty p = byId.get(id);
        if (p == null || p.lastVerifiedOn == null) {
          findings.add(ctx.finding("DEMO.PRE_LIVE.UNVERIFIED", Obligation.PRE_LIVE_IDENTITY_CHECK, Severity.VIOLATION,
              "demo.preLive.unverified").build());
        } else if (p.nextDue != null && p.nextDue.isBefore(ctx.today().minusDays(30))) {
          // long overdue for the periodic check: a person looks before the live
          findings.add(ctx.finding("DEMO.PRE_LIVE.OVERDUE", Obligation.PRE_LIVE_IDENTITY_CHECK, Severity.WARNING,
              "demo.preLive.overdue").build());
        }
      }
      return findings.isEmpty() ? ctx.allow() : Decision.fromFindings(ctx.profileId(), findings);
    }

    @Override
    public String name() {
      return "identity";
    }
  }

  /** Blacklist screening of the presenters through the demo's {@code Screening} seam. */
  private final class ScreeningCheck implements Check<GoLiveRequest> {
    private final Sim sim;

    ScreeningCheck(Sim sim) {
      this.sim = sim;
    }

    @Override
    public Decision check(GoLiveRequest request, CheckContext ctx) {
      var findings = new ArrayList<Finding>();
      for (PartyId id : request.marketers()) {
        SimParty p = byId.get(id);
        if (p != null && sim.services.screening().screen(p.matchKeys(), ScreeningOccasion.PRE_LIVE, ctx.today()).isPresent()) {
          findings.add(ctx.finding("DEMO.SCREENING.LISTED", Obligation.BLACKLIST_REENTRY, Severity.VIOLATION,
              "demo.screening.listed").build());
        }
      }
      return findings.isEmpty() ? ctx.allow() : Decision.fromFindings(ctx.profileId(), findings);
    }

    @Override
    public String name() {
      return "blacklist";
    }
  }
}
