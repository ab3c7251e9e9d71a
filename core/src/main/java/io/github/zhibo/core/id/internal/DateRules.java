package io.github.zhibo.core.id.internal;

import io.github.zhibo.core.id.IdErrorCode;
import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;

/** The birth-date rules every person identifier shares: a real date, not before the floor, not future. */
public final class DateRules {

  private DateRules() {}

  /** {@link IdErrorCode#INVALID_DATE} at the month or day position, or OK. */
  public static long validity(int year, int month, int day, int monthPos, int dayPos) {
    if (!BirthDates.isValidMonth(month)) {
      return Verdict.error(IdErrorCode.INVALID_DATE, monthPos);
    }
    if (!BirthDates.isValid(year, month, day)) {
      return Verdict.error(IdErrorCode.INVALID_DATE, dayPos);
    }
    return Verdict.OK;
  }

  /**
   * Applies the policy's year floor, the future-date rule and the age plausibility warning to a valid
   * date; returns {@code verdict} (possibly with a warning) or an error at {@code yearPos}.
   */
  public static long againstPolicy(
      long verdict, int year, int month, int day, int yearPos, ParsePolicy policy) {
    if (year < policy.minBirthYear()) {
      return Verdict.error(IdErrorCode.DATE_BEFORE_MINIMUM, yearPos);
    }
    long epochDay = BirthDates.epochDay(year, month, day);
    long now = policy.clock().millis();
    if (BirthDates.isAfterToday(epochDay, now, policy.clock())) {
      return Verdict.error(IdErrorCode.FUTURE_DATE, yearPos);
    }
    if (BirthDates.isOlderThan(epochDay, policy.maxPlausibleAge(), now, policy.clock())) {
      return Verdict.warn(verdict, IdWarning.IMPLAUSIBLE_AGE);
    }
    return verdict;
  }
}
