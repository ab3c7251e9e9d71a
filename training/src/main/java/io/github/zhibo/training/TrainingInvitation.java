package io.github.zhibo.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Training the platform organised for a marketer (the yearly round, or a retake), with the day it must be
 * done by and whether the marketer declined it outright.
 *
 * @param module the module
 * @param invitedOn the day the marketer was told
 * @param dueOn the last day to complete it (not before {@code invitedOn})
 * @param declined whether the marketer declined
 */
public record TrainingInvitation(ModuleId module, LocalDate invitedOn, LocalDate dueOn, boolean declined) {

  /** Validates the parts. */
  public TrainingInvitation {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(invitedOn, "invitedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    if (dueOn.isBefore(invitedOn)) {
      throw new IllegalArgumentException("an invitation cannot be due before it was sent");
    }
  }
}
