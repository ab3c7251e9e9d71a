package io.github.zhibo.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One completed attempt at a module: the day it was finished and whether its assessment was passed. A
 * failed attempt is kept (it is part of the record) but never satisfies a gate.
 *
 * @param module the module
 * @param completedOn the day the attempt was finished, in China's zone
 * @param passed whether the assessment was passed
 */
public record Completion(ModuleId module, LocalDate completedOn, boolean passed) {

  /** Validates the parts. */
  public Completion {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /** A passed completion. */
  public static Completion passed(ModuleId module, LocalDate completedOn) {
    return new Completion(module, completedOn, true);
  }

  /** A failed completion. */
  public static Completion failed(ModuleId module, LocalDate completedOn) {
    return new Completion(module, completedOn, false);
  }

  /** Whether this completion was passed on or before {@code asOf}: later ones do not exist yet then. */
  public boolean passedBy(LocalDate asOf) {
    return passed && !completedOn.isAfter(asOf);
  }
}
