package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_KIND;

import io.github.zhibo.core.id.ParsePolicy;

/**
 * The 15-digit GB 11643-1989 number: {@code AAAAAA YYMMDD SSS}, no check character, century implicitly
 * 19 (so {@code 000229} is not a date: 1900 was no leap year).
 */
public final class Rid15Checker {

  private static final int LENGTH = 15;

  private Rid15Checker() {}

  /** Checks {@code s} under {@code policy}; allocation-free on success. */
  public static long check(CharSequence s, ParsePolicy policy) {
    long shape = Shape.scan(s, LENGTH, policy, Shape.DIGITS);
    if (shape != Verdict.OK) {
      return shape;
    }
    int province = Chars.twoDigits(s, 0);
    if (Regions.isHmtTerritory(province)) {
      return Verdict.error(WRONG_KIND, 0);
    }
    if (!Regions.isMainlandProvince(province)) {
      return Verdict.error(UNKNOWN_PROVINCE, 0);
    }
    int year = 1900 + Chars.twoDigits(s, 6);
    int month = Chars.twoDigits(s, 8);
    int day = Chars.twoDigits(s, 10);
    long date = DateRules.validity(year, month, day, 8, 10);
    if (date != Verdict.OK) {
      return date;
    }
    return DateRules.againstPolicy(Verdict.OK, year, month, day, 6, policy);
  }
}
