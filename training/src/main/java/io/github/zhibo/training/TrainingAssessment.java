package io.github.zhibo.training;

import io.github.zhibo.core.check.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The training gate's full answer about one marketer: the decision, plus the facts a caller may want to
 * show beside it (which curriculum modules are still missing before a first live, and the training year
 * applied).
 *
 * @param decision the decision, as {@link TrainingGate#check} returns it
 * @param goneLive whether the marketer had gone live by the day checked (so the yearly rule applied)
 * @param missing the curriculum modules with no passed completion, in curriculum order; empty once live
 * @param asOf the day checked
 * @param trainingYear the training year applied
 */
public record TrainingAssessment(Decision decision, boolean goneLive, List<ModuleId> missing, LocalDate asOf,
    TrainingYear trainingYear) {

  /** Validates the parts. */
  public TrainingAssessment {
    Objects.requireNonNull(decision, "decision");
    missing = List.copyOf(missing);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(trainingYear, "trainingYear");
  }

  /** The modules a finding with rule {@code rule} is about: the missing list for the first-live rule only. */
  public List<ModuleId> missingFor(String rule) {
    return TrainingRules.FIRST_LIVE_INCOMPLETE.equals(rule) ? missing : List.of();
  }
}
