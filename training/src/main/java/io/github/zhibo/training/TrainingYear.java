package io.github.zhibo.training;

import io.github.zhibo.core.time.LegalPeriods;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What "every year" (每年) means for the yearly training and study duties; the texts do not say, so it is a
 * platform choice ({@link TrainingParameters#TRAINING_YEAR}).
 */
public enum TrainingYear {

  /**
   * The default: a passed completion on day {@code C} covers the twelve months after it, so it counts on
   * {@code asOf} when {@code C <= asOf <= C + 12 months} (民法典 Art. 202: the day of the event is not
   * counted and the period ends on the corresponding day, or the month's last day when there is none; a
   * completion on 2025-06-01 counts through 2026-06-01, one on 2024-02-29 through 2025-02-28).
   */
  ROLLING,

  /** The calendar year of {@code asOf}: a completion counts when it is in that year and not after {@code asOf}. */
  CALENDAR;

  /** Whether a completion on {@code completedOn} falls in the training year that contains {@code asOf}. */
  public boolean covers(LocalDate completedOn, LocalDate asOf) {
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(asOf, "asOf");
    if (completedOn.isAfter(asOf)) {
      return false;
    }
    return switch (this) {
      case ROLLING -> !LegalPeriods.plusMonths(completedOn, 12).isBefore(asOf);
      case CALENDAR -> completedOn.getYear() == asOf.getYear();
    };
  }

  /** The first day a completion may fall on to count on {@code asOf}. */
  public LocalDate firstDay(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return switch (this) {
      // smallest C with C + 12 months >= asOf; month-end clamping makes minusMonths slightly early on
      // leap days, so step forward while the day does not count
      case ROLLING -> {
        LocalDate c = asOf.minusMonths(12);
        while (!covers(c, asOf)) {
          c = c.plusDays(1);
        }
        yield c;
      }
      case CALENDAR -> asOf.withDayOfYear(1);
    };
  }
}
