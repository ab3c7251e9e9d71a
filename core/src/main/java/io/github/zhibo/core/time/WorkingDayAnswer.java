package io.github.zhibo.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a date is a working day, with the provenance a stored decision needs.
 *
 * @param date the date asked about
 * @param workingDay true for a working day (including a make-up working Saturday or Sunday, 调休上班)
 * @param provisional true when the year's schedule was not loaded and {@link
 *     MissingYearPolicy#STATUTORY_FALLBACK} supplied the answer
 * @param dataVersion the calendar's {@link WorkingDayCalendar#dataVersion()}
 */
public record WorkingDayAnswer(LocalDate date, boolean workingDay, boolean provisional, String dataVersion) {

  /** Validates the components. */
  public WorkingDayAnswer {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dataVersion, "dataVersion");
  }
}
