package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.BAD_REGION_FORMAT;
import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.EMPTY;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_KIND;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_LENGTH;

import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;

/**
 * The 18-character GB 11643 layout shared by resident IDs, HMT residence permits and 2023 foreign
 * permanent resident IDs: they differ only in what the first six characters may be.
 */
public final class Rid18Checker {

  /** Which of the three 18-character kinds is being checked. */
  public enum Variant {
    RESIDENT,
    HMT,
    FOREIGN
  }

  private static final int LENGTH = 18;

  private Rid18Checker() {}

  /** Checks {@code s} as {@code variant} under {@code policy}; allocation-free on success. */
  public static long check(CharSequence s, ParsePolicy policy, Variant variant) {
    int n = s.length();
    if (n == 0) {
      return Verdict.error(EMPTY, -1);
    }
    long verdict = Verdict.OK;
    int sum = 0;
    int limit = Math.min(n, LENGTH);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        if (i < LENGTH - 1) {
          sum += (c - '0') * Mod112.WEIGHTS[i];
        }
      } else if (i == LENGTH - 1 && c == 'X') {
        continue;
      } else if (i == LENGTH - 1 && c == 'x' && policy.foldAsciiCase()) {
        verdict = Verdict.warn(verdict, IdWarning.CASE_FOLDED);
      } else {
        return Verdict.error(ILLEGAL_CHARACTER, i);
      }
    }
    if (n != LENGTH) {
      return Verdict.error(WRONG_LENGTH, limit);
    }
    long prefix = checkPrefix(s, variant);
    if (prefix != Verdict.OK) {
      return prefix;
    }
    int year = Chars.fourDigits(s, 6);
    int month = Chars.twoDigits(s, 10);
    int day = Chars.twoDigits(s, 12);
    long date = DateRules.validity(year, month, day, 10, 12);
    if (date != Verdict.OK) {
      return date;
    }
    char expected = Mod112.checkFor(sum);
    char actual = s.charAt(LENGTH - 1);
    if (expected != actual && !(expected == 'X' && actual == 'x')) {
      return Verdict.error(CHECKSUM_MISMATCH, LENGTH - 1, expected);
    }
    return DateRules.againstPolicy(verdict, year, month, day, 6, policy);
  }

  private static long checkPrefix(CharSequence s, Variant variant) {
    int first = s.charAt(0) - '0';
    int province = Chars.twoDigits(s, 0);
    boolean rid = Regions.isMainlandProvince(province);
    boolean hmt = Regions.isHmtTerritory(province);
    switch (variant) {
      case RESIDENT:
        if (first == 9 || hmt) {
          return Verdict.error(WRONG_KIND, 0);
        }
        return rid ? Verdict.OK : Verdict.error(UNKNOWN_PROVINCE, 0);
      case HMT:
        if (first == 9 || rid) {
          return Verdict.error(WRONG_KIND, 0);
        }
        if (!hmt) {
          return Verdict.error(UNKNOWN_PROVINCE, 0);
        }
        for (int i = 2; i < 6; i++) {
          if (s.charAt(i) != '0') {
            return Verdict.error(BAD_REGION_FORMAT, i);
          }
        }
        return Verdict.OK;
      default:
        if (first != 9) {
          return Verdict.error(rid || hmt ? WRONG_KIND : UNKNOWN_PROVINCE, 0);
        }
        return Regions.isMainlandProvince(Chars.twoDigits(s, 1))
            ? Verdict.OK
            : Verdict.error(UNKNOWN_PROVINCE, 1);
    }
  }
}
