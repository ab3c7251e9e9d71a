package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;

import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;

/**
 * The 2004/2017 foreign permanent resident ID: {@code AAA RRRR YYMMDD S C} (ISO 3166 alpha-3 nationality,
 * accepting province and city, birth date, sequence, check).
 *
 * <p>No official source states the check rule; the ICAO 9303 7-3-1 scheme one library uses is therefore a
 * soft check (a warning unless the policy says otherwise). The century is 20yy when that date is not in
 * the future, else 19yy.
 */
public final class Fpr15Checker {

  /** The length of this format. */
  public static final int LENGTH = 15;

  private static final int[] ICAO_WEIGHTS = {7, 3, 1};

  /** Three letters of the nationality code (lower case folded when the policy allows), then digits. */
  private static final Shape.CharRule CHARACTERS = (i, c, policy) -> {
    if (i >= 3) {
      return Chars.isDigit(c) ? Verdict.OK : Verdict.error(ILLEGAL_CHARACTER, i);
    }
    if (Chars.isUpperAscii(c)) {
      return Verdict.OK;
    }
    return Chars.isLowerAscii(c) && policy.foldAsciiCase()
        ? Verdict.warn(Verdict.OK, IdWarning.CASE_FOLDED)
        : Verdict.error(ILLEGAL_CHARACTER, i);
  };

  private Fpr15Checker() {}

  /** Checks {@code s} under {@code policy}. */
  public static long check(CharSequence s, ParsePolicy policy) {
    long verdict = Shape.scan(s, LENGTH, policy, CHARACTERS);
    if (!Verdict.isOk(verdict)) {
      return verdict;
    }
    if (!Regions.isMainlandProvince(Chars.twoDigits(s, 3))) {
      return Verdict.error(UNKNOWN_PROVINCE, 3);
    }
    int yy = Chars.twoDigits(s, 7);
    int month = Chars.twoDigits(s, 9);
    int day = Chars.twoDigits(s, 11);
    int year = centuryFor(yy, month, day, policy);
    long date = DateRules.validity(year, month, day, 9, 11);
    if (date != Verdict.OK) {
      return date;
    }
    char expected = checkCharacter(s);
    if (s.charAt(LENGTH - 1) != expected) {
      if (!policy.acceptLegacyFprCheckFailure()) {
        return Verdict.error(CHECKSUM_MISMATCH, LENGTH - 1, expected);
      }
      verdict = Verdict.warn(verdict, IdWarning.SOFT_CHECK_FAILED);
    }
    return DateRules.againstPolicy(verdict, year, month, day, 7, policy);
  }

  /** The birth year the two digits stand for: 20yy unless that date is invalid or in the future. */
  public static int centuryFor(int yy, int month, int day, ParsePolicy policy) {
    int recent = 2000 + yy;
    if (BirthDates.isValid(recent, month, day)) {
      long epochDay = BirthDates.epochDay(recent, month, day);
      if (!BirthDates.isAfterToday(epochDay, policy.clock().millis(), policy.clock())) {
        return recent;
      }
    }
    return 1900 + yy;
  }

  /** ICAO 9303 7-3-1 over the first 14 characters (digits by value, A–Z as 10–35), mod 10. */
  public static char checkCharacter(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = s.charAt(i);
      int v = Chars.isDigit(c) ? c - '0' : Character.toUpperCase(c) - 'A' + 10;
      sum += v * ICAO_WEIGHTS[i % 3];
    }
    return (char) ('0' + sum % 10);
  }
}
