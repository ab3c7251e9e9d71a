package io.github.zhibo.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day of a period, with what it was computed from, so the platform can store it as evidence and
 * recompute it when the calendar data changes.
 *
 * @param date the last day of the period; the period ends at 24:00 China time on this day
 * @param provisional true when the answer depends on a day of a year whose schedule was not loaded and
 *     was guessed by {@link MissingYearPolicy#STATUTORY_FALLBACK}
 * @param dataVersion the calendar's {@link WorkingDayCalendar#dataVersion()}
 */
public record Deadline(LocalDate date, boolean provisional, String dataVersion) {

  /** Validates the components. */
  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dataVersion, "dataVersion");
  }

  /**
   * The instant the period ends: 24:00 China time of {@link #date()} (民法典 Art. 203 ¶2), exclusive. A
   * platform with business hours may end its own periods earlier; the law allows that, this SDK does not
   * guess it.
   */
  public Instant endExclusive() {
    return date.plusDays(1).atStartOfDay(ChinaZone.ZONE).toInstant();
  }
}
