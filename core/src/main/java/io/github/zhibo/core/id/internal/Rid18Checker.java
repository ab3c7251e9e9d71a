package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.BAD_REGION_FORMAT;
import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_NATIONALITY;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_KIND;

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
    if (s.length() != LENGTH) {
      return shapeError(s, policy);
    }
    // Branch-free digit test: (d | (9 - d)) is negative iff d is outside 0..9. The position of a bad
    // character is only searched for once the fast loop has failed. The MOD 11-2 weights are
    // 2^(17-i) mod 11, so doubling as we go (sum = 2 * sum + d, then once more) gives the same
    // remainder as the weighted sum without a weight table or a multiplication per digit.
    int sum = 0;
    int bad = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int d = Chars.at(s, i) - '0';
      bad |= d | (9 - d);
      sum = sum * 2 + d;
    }
    sum *= 2;
    if (bad < 0) {
      return shapeError(s, policy);
    }
    int province = Chars.twoDigits(s, 0);
    int year = Chars.fourDigits(s, 6);
    int month = Chars.twoDigits(s, 10);
    int day = Chars.twoDigits(s, 12);
    long verdict = Verdict.OK;
    char last = Chars.at(s, LENGTH - 1);
    if (last == 'x' && policy.foldAsciiCase()) {
      last = 'X';
      verdict = Verdict.warn(verdict, IdWarning.CASE_FOLDED);
    } else if (!Chars.isDigit(last) && last != 'X') {
      return Verdict.error(ILLEGAL_CHARACTER, LENGTH - 1);
    }
    long prefix = variant == Variant.RESIDENT
        ? residentPrefix(province)
        : checkPrefix(s, variant, policy);
    if (prefix != Verdict.OK) {
      return prefix;
    }
    long date = DateRules.validity(year, month, day, 10, 12);
    if (date != Verdict.OK) {
      return date;
    }
    char expected = Mod112.checkFor(sum);
    if (expected != last) {
      return Verdict.error(CHECKSUM_MISMATCH, LENGTH - 1, expected);
    }
    return DateRules.againstPolicy(verdict, year, month, day, 6, policy);
  }

  private static long residentPrefix(int province) {
    if (province >= 90 || Regions.isHmtTerritory(province)) {
      return Verdict.error(WRONG_KIND, 0);
    }
    return Regions.isMainlandProvince(province) ? Verdict.OK : Verdict.error(UNKNOWN_PROVINCE, 0);
  }

  /**
   * The first illegal character, else the length error (slow path, only called when the length is wrong
   * or one of the first 17 characters is not a digit, so the scan always finds an error).
   */
  private static long shapeError(CharSequence s, ParsePolicy policy) {
    return Shape.scan(s, LENGTH, policy, CHARACTERS);
  }

  /** Digits, and X (or x when the policy folds case) in the check slot. */
  private static final Shape.CharRule CHARACTERS = (i, c, policy) -> {
    boolean checkSlot = i == LENGTH - 1 && (c == 'X' || (c == 'x' && policy.foldAsciiCase()));
    return Chars.isDigit(c) || checkSlot ? Verdict.OK : Verdict.error(ILLEGAL_CHARACTER, i);
  };

  /** The prefix rules of HMT permits and foreign resident IDs (resident IDs: {@link #residentPrefix}). */
  private static long checkPrefix(CharSequence s, Variant variant, ParsePolicy policy) {
    int first = s.charAt(0) - '0';
    int province = Chars.twoDigits(s, 0);
    boolean rid = Regions.isMainlandProvince(province);
    boolean hmt = Regions.isHmtTerritory(province);
    switch (variant) {
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
        if (!Regions.isMainlandProvince(Chars.twoDigits(s, 1))) {
          return Verdict.error(UNKNOWN_PROVINCE, 1);
        }
        boolean nationalityKnown = Iso3166Numeric.isAssigned(
            Chars.twoDigits(s, 3) * 10 + (s.charAt(5) - '0'));
        return nationalityKnown || !policy.checkNationality() ? Verdict.OK : Verdict.error(UNKNOWN_NATIONALITY, 3);
    }
  }
}
