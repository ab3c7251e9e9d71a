package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.BAD_REGION_FORMAT;
import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.EMPTY;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.LEGACY_PILOT_CHECKSUM;
import static io.github.zhibo.core.id.IdErrorCode.ORG_CODE_CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_LENGTH;

import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.OrganisationCategory;
import io.github.zhibo.core.id.ParsePolicy;

/**
 * GB 32100-2015: authority, category, six-digit region, GB 11714 organisation code (8 + check), and a
 * mod-31 check character over the 31-symbol alphabet without I, O, S, V and Z.
 */
public final class UsccChecker {

  /** The 31 symbols; a symbol's value is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int LENGTH = 18;
  /** Marks a lower-case letter in {@link #VALUE}: the value is in the low byte. */
  private static final int LOWER_FLAG = 0x100;
  /** Symbol value; -1 for illegal; value | LOWER_FLAG for a lower-case letter whose upper case is one. */
  private static final short[] VALUE = new short[128];
  /** GB 11714 value of digits and upper-case letters (lower case folded already). */
  private static final byte[] GB_VALUE = new byte[128];
  /** Indexed by symbol value (authority * 31 + category). */
  private static final boolean[] KNOWN_CATEGORY = new boolean[31 * 31];
  private static final boolean[] KNOWN_AUTHORITY = new boolean[31];

  static {
    java.util.Arrays.fill(VALUE, (short) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      char c = ALPHABET.charAt(i);
      VALUE[c] = (short) i;
      GB_VALUE[c] = (byte) gbValue(c);
      if (Chars.isUpperAscii(c)) {
        VALUE[c + ('a' - 'A')] = (short) (i | LOWER_FLAG);
        GB_VALUE[c + ('a' - 'A')] = (byte) gbValue(c);
      }
    }
    for (OrganisationCategory c : OrganisationCategory.values()) {
      int authority = VALUE[c.authority().code()];
      KNOWN_AUTHORITY[authority] = true;
      KNOWN_CATEGORY[authority * 31 + VALUE[c.code()]] = true;
    }
  }

  private UsccChecker() {}

  /** Checks {@code s} under {@code policy}; allocation-free. */
  public static long check(CharSequence s, ParsePolicy policy) {
    if (s.length() != LENGTH) {
      return shapeError(s, policy);
    }
    int sum = 0;
    int lower = 0;
    // Segments without per-character position tests: authority and category, region, organisation code.
    int first = value(s.charAt(0));
    if (first < 0) {
      return Verdict.error(ILLEGAL_CHARACTER, 0);
    }
    int second = value(s.charAt(1));
    if (second < 0) {
      return Verdict.error(ILLEGAL_CHARACTER, 1);
    }
    lower |= first | second;
    sum += (first & 0xFF) * WEIGHTS[0] + (second & 0xFF) * WEIGHTS[1];
    int province = 0;
    for (int i = 2; i < 8; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return Verdict.error(value(s.charAt(i)) < 0 ? ILLEGAL_CHARACTER : BAD_REGION_FORMAT, i);
      }
      sum += d * WEIGHTS[i];
      if (i < 4) {
        province = province * 10 + d;
      }
    }
    int orgSum = 0;
    for (int i = 8; i < 16; i++) {
      char c = s.charAt(i);
      int v = value(c);
      if (v < 0) {
        return Verdict.error(ILLEGAL_CHARACTER, i);
      }
      lower |= v;
      sum += (v & 0xFF) * WEIGHTS[i];
      orgSum += GB_VALUE[c] * ORG_WEIGHTS[i - 8];
    }
    int v16 = value(s.charAt(16));
    if (v16 < 0) {
      return Verdict.error(ILLEGAL_CHARACTER, 16);
    }
    sum += (v16 & 0xFF) * WEIGHTS[16];
    int v17 = value(s.charAt(17));
    if (v17 < 0) {
      return Verdict.error(ILLEGAL_CHARACTER, 17);
    }
    lower |= v16 | v17;
    long verdict = Verdict.OK;
    if ((lower & LOWER_FLAG) != 0) {
      if (!policy.foldAsciiCase()) {
        return Verdict.error(ILLEGAL_CHARACTER, firstLowerCase(s));
      }
      verdict = Verdict.warn(verdict, IdWarning.CASE_FOLDED);
    }
    if (!Regions.isMainlandProvince(province) && !isNational(s)) {
      return Verdict.error(UNKNOWN_PROVINCE, 2);
    }
    char orgExpected = orgCheckFor(orgSum);
    if (policy.enforceOrgCodeCheck() && upper(s.charAt(16)) != orgExpected) {
      return Verdict.error(ORG_CODE_CHECKSUM_MISMATCH, 16, orgExpected);
    }
    int remainder = sum % 31;
    int expectedValue = remainder == 0 ? 0 : 31 - remainder;
    if ((v17 & 0xFF) != expectedValue) {
      char expected = ALPHABET.charAt(expectedValue);
      if (!isPilotPattern(s)) {
        return Verdict.error(CHECKSUM_MISMATCH, 17, expected);
      }
      if (!policy.acceptLegacyPilotUscc()) {
        return Verdict.error(LEGACY_PILOT_CHECKSUM, 17, expected);
      }
      verdict = Verdict.warn(verdict, IdWarning.LEGACY_PILOT_CODE);
    }
    return classify(first & 0xFF, second & 0xFF, verdict);
  }

  /** The symbol value, with {@link #LOWER_FLAG} set for a folded lower-case letter; -1 if illegal. */
  private static int value(char c) {
    return c < 128 ? VALUE[c] : -1;
  }

  private static int firstLowerCase(CharSequence s) {
    int i = 0;
    while (!Chars.isLowerAscii(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first illegal character, else the length error (slow path: the length is already wrong). */
  private static long shapeError(CharSequence s, ParsePolicy policy) {
    int n = s.length();
    if (n == 0) {
      return Verdict.error(EMPTY, -1);
    }
    int limit = Math.min(n, LENGTH);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      int v = value(c);
      if (v < 0 || ((v & LOWER_FLAG) != 0 && !policy.foldAsciiCase())) {
        return Verdict.error(ILLEGAL_CHARACTER, i);
      }
      if (i >= 2 && i < 8 && v > 9) {
        return Verdict.error(BAD_REGION_FORMAT, i);
      }
    }
    return Verdict.error(WRONG_LENGTH, limit);
  }

  /** Authority and category warnings, from the symbol values of the first two characters. */
  private static long classify(int authority, int category, long verdict) {
    if (!KNOWN_AUTHORITY[authority]) {
      return Verdict.warn(verdict, IdWarning.UNKNOWN_REGISTRATION_AUTHORITY);
    }
    if (!KNOWN_CATEGORY[authority * 31 + category]) {
      return Verdict.warn(verdict, IdWarning.UNKNOWN_ORGANISATION_CATEGORY);
    }
    return verdict;
  }

  /** National-level registration uses region 100000. */
  public static boolean isNational(CharSequence s) {
    return s.charAt(2) == '1' && s.charAt(3) == '0' && s.charAt(4) == '0'
        && s.charAt(5) == '0' && s.charAt(6) == '0' && s.charAt(7) == '0';
  }

  /**
   * Early Fujian/Xiamen pilot codes (region 35xxxx, organisation code starting {@code M0}) are legal but
   * predate the mod-31 rule.
   */
  public static boolean isPilotPattern(CharSequence s) {
    return s.charAt(2) == '3' && s.charAt(3) == '5' && upper(s.charAt(8)) == 'M' && s.charAt(9) == '0';
  }

  /** GB 11714 values: digits by value, letters A–Z as 10–35 (not the USCC alphabet index). */
  static int gbValue(char c) {
    return Chars.isDigit(c) ? c - '0' : c - 'A' + 10;
  }

  /** GB 11714: 11 − (sum mod 11), with 10 → X and 11 → 0. */
  static char orgCheckFor(int weightedSum) {
    int c = 11 - weightedSum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /**
   * The GB 11714 check character for the first 8 characters of {@code body} (digits or upper-case
   * letters).
   *
   * @throws IllegalArgumentException if a character is not a digit or an upper-case ASCII letter
   */
  public static char orgCheckCharacter(CharSequence body) {
    if (body.length() < 8) {
      throw new IllegalArgumentException("need 8 characters, got " + body.length());
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      if (!Chars.isDigit(c) && !Chars.isUpperAscii(c)) {
        throw new IllegalArgumentException("not a digit or upper-case letter at position " + i);
      }
      sum += gbValue(c) * ORG_WEIGHTS[i];
    }
    return orgCheckFor(sum);
  }

  /**
   * The mod-31 check character for the first 17 characters of {@code body}.
   *
   * @throws IllegalArgumentException if a character is outside the USCC alphabet
   */
  public static char checkCharacter(CharSequence body) {
    if (body.length() < 17) {
      throw new IllegalArgumentException("need 17 characters, got " + body.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = body.charAt(i);
      int v = value(c);
      if (v < 0 || (v & LOWER_FLAG) != 0) {
        throw new IllegalArgumentException("not a USCC character at position " + i);
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  private static char upper(char c) {
    return Chars.isLowerAscii(c) ? (char) (c - ('a' - 'A')) : c;
  }
}
