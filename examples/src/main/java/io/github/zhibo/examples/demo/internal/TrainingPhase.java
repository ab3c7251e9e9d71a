package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.Curricula;
import io.github.zhibo.training.Curriculum;
import io.github.zhibo.training.ModuleId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Marketers take the profile's curriculum (training module, {@link Curricula#bundled()}) one module per
 * sitting on working days; about one sitting in ten is failed and retaken, and a few marketers put the
 * training off for weeks — which the go-live gate then catches.
 */
public final class TrainingPhase implements Phase {

  @Override
  public String name() {
    return "training";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (!sim.calendar.isWorkingDay(day)) {
      return;
    }
    Curriculum curriculum = Curricula.bundled().forProfile(sim.profile);
    for (SimParty m : sim.marketers) {
      if (!m.active || m.trainingNext == null || m.trainingNext.isAfter(day)
          || m.nextModule >= curriculum.modules().size()) {
        continue;
      }
      if (m.nextModule == 0 && m.completions.isEmpty() && sim.chance(0.05)) {
        m.trainingNext = day.plusDays(20 + sim.random.nextInt(30));   // puts it off
        continue;
      }
      ModuleId module = curriculum.modules().get(m.nextModule);
      if (sim.chance(0.9)) {
        m.completions.add(Completion.passed(module, day));
        m.nextModule++;
        if (m.nextModule == curriculum.modules().size()) {
          sim.tally.performed(Obligation.MARKETER_TRAINING);
          sim.evidence(Obligation.MARKETER_TRAINING, m.id, "TRAINING_COMPLETED",
              Map.of("modules", String.valueOf(curriculum.modules().size())), null, day);
        }
      } else {
        m.completions.add(Completion.failed(module, day));
      }
      m.trainingNext = sim.nextWorkingDay(day);
    }
  }
}
