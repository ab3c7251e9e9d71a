package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.BAD_REGION_FORMAT;
import static io.github.zhibo.core.id.IdErrorCode.CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.LEGACY_PILOT_CHECKSUM;
import static io.github.zhibo.core.id.IdErrorCode.ORG_CODE_CHECKSUM_MISMATCH;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_PROVINCE;

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
  /** GB 11714 check character indexed by weighted sum mod 11 (see {@link #orgCheckFor}). */
  private static final char[] ORG_CHECK = "0X987654321".toCharArray();

  // The hot path reads each character once, through one table entry that packs everything about it:
  // bits 0-4 the mod-31 symbol value, bits 8-13 the GB 11714 value, and the flags below.
  private static final int SYMBOL_MASK = 0x1F;
  private static final int GB_SHIFT = 8;
  private static final int GB_MASK = 0x3F;
  private static final int ILLEGAL = 1 << 16;
  private static final int LOWER = 1 << 17;
  private static final int NOT_DIGIT = 1 << 18;
  /** Entries for ASCII; anything beyond ASCII is {@link #ILLEGAL} (see {@link #entry}). */
  private static final int[] ENTRY = new int[128];

  static {
    java.util.Arrays.fill(VALUE, (short) -1);
    java.util.Arrays.fill(ENTRY, ILLEGAL);
    for (int i = 0; i < ALPHABET.length(); i++) {
      char c = ALPHABET.charAt(i);
      VALUE[c] = (short) i;
      GB_VALUE[c] = (byte) gbValue(c);
      int entry = i | gbValue(c) << GB_SHIFT | (Chars.isDigit(c) ? 0 : NOT_DIGIT);
      ENTRY[c] = entry;
      if (Chars.isUpperAscii(c)) {
        VALUE[c + ('a' - 'A')] = (short) (i | LOWER_FLAG);
        GB_VALUE[c + ('a' - 'A')] = (byte) gbValue(c);
        ENTRY[c + ('a' - 'A')] = entry | LOWER;
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
    // Backwards, so that both check sums are Horner sums: WEIGHTS[i] is 3^i mod 31, and ORG_WEIGHTS[j]
    // is 2^(8-j) = 3 * 6^j mod 11 (6 is the inverse of 2 mod 11). That needs no weight table and no
    // multiplication by a variable, and it does not overflow (sum < 30 * 3^17 / 2 < 2^31). No exit
    // inside the loops either: which character is wrong is worked out only once the flags say so.
    int organisationCheck = entry(Chars.at(s, 16));
    int flags = organisationCheck & (ILLEGAL | LOWER);
    int sum = organisationCheck & SYMBOL_MASK;
    int orgSum = 0;
    for (int i = 15; i >= 8; i--) { // the organisation-code body
      int e = entry(Chars.at(s, i));
      flags |= e & (ILLEGAL | LOWER);
      sum = sum * 3 + (e & SYMBOL_MASK);
      orgSum = orgSum * 6 + (e >>> GB_SHIFT & GB_MASK);
    }
    for (int i = 7; i >= 2; i--) { // the region: digits only
      int e = entry(Chars.at(s, i));
      flags |= e & (ILLEGAL | LOWER | NOT_DIGIT);
      sum = sum * 3 + (e & SYMBOL_MASK);
    }
    int category = entry(Chars.at(s, 1));
    int authority = entry(Chars.at(s, 0));
    int last = entry(Chars.at(s, LENGTH - 1));
    flags |= (category | authority | last) & (ILLEGAL | LOWER);
    sum = (sum * 3 + (category & SYMBOL_MASK)) * 3 + (authority & SYMBOL_MASK);
    long verdict = Verdict.OK;
    if (flags != 0) {
      long bad = characterError(s, flags, policy);
      if (!Verdict.isOk(bad)) {
        return bad;
      }
      verdict = bad;
    }
    int province = Chars.twoDigits(s, 2);
    if (!Regions.isMainlandProvince(province) && !isNational(s)) {
      return Verdict.error(UNKNOWN_PROVINCE, 2);
    }
    if (policy.enforceOrgCodeCheck()) {
      char orgExpected = orgCheckFor(3 * orgSum);
      if (upper(Chars.at(s, 16)) != orgExpected) {
        return Verdict.error(ORG_CODE_CHECKSUM_MISMATCH, 16, orgExpected);
      }
    }
    int remainder = sum % 31;
    int expectedValue = remainder == 0 ? 0 : 31 - remainder;
    if ((last & SYMBOL_MASK) != expectedValue) {
      char expected = ALPHABET.charAt(expectedValue);
      if (!isPilotPattern(s)) {
        return Verdict.error(CHECKSUM_MISMATCH, 17, expected);
      }
      if (!policy.acceptLegacyPilotUscc()) {
        return Verdict.error(LEGACY_PILOT_CHECKSUM, 17, expected);
      }
      verdict = Verdict.warn(verdict, IdWarning.LEGACY_PILOT_CODE);
    }
    return classify(authority & SYMBOL_MASK, category & SYMBOL_MASK, verdict);
  }

  /** The packed table entry of {@code c}; {@link #ILLEGAL} outside ASCII. */
  private static int entry(char c) {
    return c < ENTRY.length ? ENTRY[c] : ILLEGAL;
  }

  /**
   * Slow path for 18 characters of which some are illegal, out of place or lower case: the first illegal
   * character or non-digit in the region, in position order; else lower case, which is an error or a
   * {@code CASE_FOLDED} warning by policy.
   */
  private static long characterError(CharSequence s, int flags, ParsePolicy policy) {
    if ((flags & (ILLEGAL | NOT_DIGIT)) != 0) {
      for (int i = 0; i < LENGTH; i++) {
        int e = entry(s.charAt(i));
        if ((e & ILLEGAL) != 0) {
          return Verdict.error(ILLEGAL_CHARACTER, i);
        }
        if (i >= 2 && i < 8 && (e & NOT_DIGIT) != 0) {
          return Verdict.error(BAD_REGION_FORMAT, i);
        }
      }
    }
    if (!policy.foldAsciiCase()) {
      return Verdict.error(ILLEGAL_CHARACTER, firstLowerCase(s));
    }
    return Verdict.warn(Verdict.OK, IdWarning.CASE_FOLDED);
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
    return Shape.scan(s, LENGTH, policy, CHARACTERS);
  }

  /** The USCC alphabet (lower case only when the policy folds it), digits in the region code. */
  private static final Shape.CharRule CHARACTERS = (i, c, policy) -> {
    int v = value(c);
    if (v < 0 || ((v & LOWER_FLAG) != 0 && !policy.foldAsciiCase())) {
      return Verdict.error(ILLEGAL_CHARACTER, i);
    }
    return i >= 2 && i < 8 && v > 9 ? Verdict.error(BAD_REGION_FORMAT, i) : Verdict.OK;
  };

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

  /**
   * GB 11714: 11 − (sum mod 11), with 10 → X and 11 → 0, for the weighted sum or any number congruent
   * to it; looked up because the two special cases are data-dependent branches the processor would
   * mispredict.
   */
  static char orgCheckFor(int weightedSum) {
    return ORG_CHECK[weightedSum % 11];
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
