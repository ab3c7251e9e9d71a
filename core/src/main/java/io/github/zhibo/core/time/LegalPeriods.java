package io.github.zhibo.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Month and year periods as 民法典 Art. 202 counts them: the period ends on the day of the target month
 * that corresponds to the anchor, or on that month's last day when it has no such day (31 Aug + 3 months =
 * 30 Nov; 29 Feb 2024 + 12 months = 28 Feb 2025).
 *
 * <p>These return the <em>nominal</em> last day. Whether Art. 203 then moves a last day that is a rest
 * day to the next working day is a legal judgement per obligation; use {@link
 * WorkingDayCalendar#rollForward(LocalDate)} where it applies. Operating on the nominal day is the safe
 * choice for the platform's own duties, since it is never later.
 */
public final class LegalPeriods {

  private LegalPeriods() {}

  /**
   * The nominal last day of a period of {@code months} months counted from {@code anchor} (the day of the
   * event, itself not counted).
   *
   * @throws IllegalArgumentException if {@code months} is negative: periods run forward
   */
  public static LocalDate plusMonths(LocalDate anchor, int months) {
    Objects.requireNonNull(anchor, "anchor");
    requireNonNegative(months, "months");
    // java.time clamps to the month's last day, which is exactly Art. 202's rule.
    return anchor.plusMonths(months);
  }

  /**
   * The nominal last day of a period of {@code years} years (e.g. a retention period of three years).
   *
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static LocalDate plusYears(LocalDate anchor, int years) {
    Objects.requireNonNull(anchor, "anchor");
    requireNonNegative(years, "years");
    return anchor.plusYears(years);
  }

  private static void requireNonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }
}
