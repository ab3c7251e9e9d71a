package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.examples.demo.PageSample;
import java.time.LocalDate;
import java.util.List;

/**
 * Page checks during lives: about a third of today's lives are sampled (key subjects always), the page
 * seam reports what the page breaches, and each breach becomes a finding and a violation — minor at
 * first, general when the room broke a rule in the last 90 days.
 */
public final class PageCheckPhase implements Phase {

  @Override
  public String name() {
    return "page checks";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    for (SimParty op : sim.livesToday) {
      if (op.tier != io.github.zhibo.examples.demo.TierRating.DemoTier.KEY && !sim.chance(0.33)) {
        continue;
      }
      boolean ai = op.marketers.stream().anyMatch(m -> m.aiPersona);
      boolean agency = op.marketers.stream().anyMatch(m -> m.agency != null);
      var page = new PageSample(op.id, !sim.chance(0.02), !sim.chance(0.02), !sim.chance(0.03), ai,
          !(ai && sim.chance(0.15)), !(agency && sim.chance(0.04)));
      sim.tally.pageChecks++;
      List<Obligation> breaches = sim.services.pages().breaches(page, sim.profile);
      for (Obligation o : breaches) {
        sim.tally.finding(sim.article(o));
        ViolationGrade g = op.violationsSince(day.minusDays(90)) > 0 ? ViolationGrade.GENERAL : ViolationGrade.MINOR;
        sim.violations.add(new Violation(op, o, g, day, "page check"));
      }
    }
  }
}
