package io.github.zhibo.core.id.internal;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Calendar arithmetic on plain ints, because {@code DateTimeFormatter} with {@code yyyyMMdd} silently
 * turns 1999-02-30 into 1999-02-28 and {@code LocalDate} allocates on the hot path.
 *
 * <p>"Today" is read from the injected clock with one {@code millis()} call; the exact local date is only
 * computed when the birth date lies within a day of the UTC date, since no zone offset exceeds 18 hours.
 */
public final class BirthDates {

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final long DAYS_PER_ERA = 146_097L;
  private static final long DAYS_0000_03_01_TO_1970 = 719_468L;
  /** Indexed by month 1–12; February as in a common year. */
  private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private BirthDates() {}

  /** True for a real proleptic Gregorian date (month 1–12, day within the month). */
  public static boolean isValid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    // A table, not a switch: a jump on the month is mispredicted on every other number.
    return day <= DAYS_IN_MONTH[month] || (month == 2 && day == 29 && isLeap(year));
  }

  /** True if {@code month} (assumed 1–12) is a valid month; exposed for error positions. */
  public static boolean isValidMonth(int month) {
    return month >= 1 && month <= 12;
  }

  static int lengthOfMonth(int year, int month) {
    return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
  }

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * Days since 1970-01-01 of a valid date. Counts from 1 March so that the leap day ends the year: no
   * branch on the month or on leap years, which random birth dates would mispredict (H. Hinnant's
   * {@code days_from_civil}; equal to {@code LocalDate.toEpochDay}).
   */
  public static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1L : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    int shiftedMonth = month <= 2 ? month + 9 : month - 3;
    long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_ERA + dayOfEra - DAYS_0000_03_01_TO_1970;
  }

  /** True if the day {@code epochDay} is after today in the clock's zone. */
  public static boolean isAfterToday(long epochDay, long nowMillis, Clock clock) {
    long utcDay = Math.floorDiv(nowMillis, MILLIS_PER_DAY);
    if (epochDay < utcDay - 1) {
      return false;
    }
    if (epochDay > utcDay + 1) {
      return true;
    }
    return epochDay > LocalDate.now(clock).toEpochDay();
  }

  /** True if someone born on {@code epochDay} is older than {@code maxAge} full years today. */
  public static boolean isOlderThan(long epochDay, int maxAge, long nowMillis, Clock clock) {
    long utcDay = Math.floorDiv(nowMillis, MILLIS_PER_DAY);
    // (maxAge + 1) years span at least 365 * (maxAge + 1) days: anyone born later is certainly younger.
    if (epochDay > utcDay + 1 - 365L * (maxAge + 1)) {
      return false;
    }
    LocalDate birth = LocalDate.ofEpochDay(epochDay);
    return !birth.plusYears(maxAge + 1L).isAfter(LocalDate.now(clock));
  }
}
