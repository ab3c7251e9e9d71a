package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.examples.demo.RoomFigures;
import io.github.zhibo.examples.demo.TierRating.DemoTier;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Monthly tiering (分级分类管理) on the last day of each month: each active room's figures drift (growth,
 * seasonality, a rare hit), the tiering seam rates it, a change of tier is kept as evidence, and key
 * subjects count towards key-subject monitoring.
 */
public final class TieringPhase implements Phase {

  @Override
  public String name() {
    return "tiering";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (day.getDayOfMonth() != day.lengthOfMonth() || !sim.profile.imposes(Obligation.TIERED_MANAGEMENT)) {
      return;
    }
    Map<DemoTier, Integer> counts = new EnumMap<>(DemoTier.class);
    for (DemoTier t : DemoTier.values()) {
      counts.put(t, 0);
    }
    for (SimParty op : sim.operators) {
      if (!op.active) {
        continue;
      }
      double growth = 1.0 + (sim.random.nextDouble() - 0.35) * 0.3 + (sim.chance(0.02) ? 3.0 : 0.0);
      op.followers = Math.max(100, Math.round(op.followers * growth));
      op.gmv30dFen = Math.max(0, Math.round(op.followers * (50 + sim.random.nextInt(500)) * (day.getMonthValue() == 11 ? 2.5 : 1.0)));
      op.visits30d = op.followers * (2 + sim.random.nextInt(10));
      DemoTier t = sim.services.tiers().tierOf(new RoomFigures(op.followers, op.gmv30dFen, op.visits30d,
          op.violationsSince(day.minusDays(90))));
      sim.tally.performed(Obligation.TIERED_MANAGEMENT);
      if (t == DemoTier.KEY && sim.profile.imposes(Obligation.KEY_SUBJECT_MONITORING)) {
        sim.tally.performed(Obligation.KEY_SUBJECT_MONITORING);
      }
      if (t != op.tier) {
        sim.evidence(Obligation.TIERED_MANAGEMENT, op.id, "TIER_CHANGED",
            Map.of("from", op.tier.name(), "to", t.name()), null, day);
        op.tier = t;
      }
      counts.merge(t, 1, Integer::sum);
    }
    sim.tally.tiersByMonth.add(Tally.tierRow(counts));
  }
}
