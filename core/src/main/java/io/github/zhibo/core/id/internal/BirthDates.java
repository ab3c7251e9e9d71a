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
  private static final int DAYS_0000_TO_1970 = 719_528;

  private BirthDates() {}

  /** True for a real proleptic Gregorian date (month 1–12, day within the month). */
  public static boolean isValid(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
  }

  /** True if {@code month} (assumed 1–12) is a valid month; exposed for error positions. */
  public static boolean isValidMonth(int month) {
    return month >= 1 && month <= 12;
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days since 1970-01-01 of a valid date (same algorithm as {@code LocalDate.toEpochDay}). */
  public static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
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
