package io.github.zhibo.testkit.internal;

import io.github.zhibo.core.id.Province;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The layouts of the identifier kinds, written out independently of core's checkers (only core's public
 * check-character helpers are reused), so that the generators test the parsers rather than mirror them.
 */
public final class IdParts {

  /** The USCC alphabet: digits and upper-case letters without I, O, S, V, Z (GB 32100). */
  public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** A few ISO 3166-1 numeric codes that are assigned (US, GB, DE, FR, JP, KR, CA, AU, RU, IN, IT, BR). */
  public static final List<String> ISO_NUMERIC =
      List.of("840", "826", "276", "250", "392", "410", "124", "036", "643", "356", "380", "076");

  /** Three-digit values that are no assigned ISO 3166-1 numeric code. */
  public static final List<String> UNASSIGNED_NUMERIC =
      List.of("000", "001", "002", "003", "005", "006", "007", "009", "900", "901", "997", "999");

  /** A few ISO 3166-1 alpha-3 codes, for the 2017 foreign permanent resident ID. */
  public static final List<String> ISO_ALPHA3 =
      List.of("USA", "GBR", "DEU", "FRA", "JPN", "KOR", "CAN", "AUS", "RUS", "IND", "ITA", "BRA");

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd", Locale.ROOT);
  private static final int[] ICAO_WEIGHTS = {7, 3, 1};

  private IdParts() {}

  /** A random mainland province code, two digits. */
  public static String province(RandomGenerator r) {
    Province[] all = Province.values();
    return twoDigits(all[r.nextInt(all.length)].code());
  }

  /** Two-digit codes (00-99) that are no mainland province. */
  public static List<String> nonProvinceCodes() {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      if (Province.ofCode(c).isEmpty()) {
        out.add(twoDigits(c));
      }
    }
    return out;
  }

  /** {@code n} as two digits. */
  public static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** {@code yyyyMMdd}. */
  public static String date8(LocalDate d) {
    return d.format(YYYYMMDD);
  }

  /** {@code yyMMdd}. */
  public static String date6(LocalDate d) {
    return d.format(YYMMDD);
  }

  /** {@code n} random ASCII digits. */
  public static String digits(RandomGenerator r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  /** A random day in {@code [from, to]}. */
  public static LocalDate day(RandomGenerator r, LocalDate from, LocalDate to) {
    return LocalDate.ofEpochDay(r.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
  }

  /** The 17-character body of a GB 11643 number completed with its MOD 11-2 check character. */
  public static String withMod112(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  /** Replaces the 18-character number's check character by the right one for its first 17. */
  public static String recheck18(String s) {
    return withMod112(s.substring(0, 17));
  }

  /** A 15-character foreign resident ID body (14 characters) completed with its ICAO 7-3-1 check digit. */
  public static String withIcao731(String body14) {
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      char c = body14.charAt(i);
      int v = c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
      sum += v * ICAO_WEIGHTS[i % 3];
    }
    return body14 + (char) ('0' + sum % 10);
  }

  /** A USCC from its 16 leading characters: adds the GB 11714 check (position 17) and the mod-31 check. */
  public static String uscc(String first16) {
    String org = first16.substring(8, 16);
    String body17 = first16 + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org);
    return body17 + UnifiedSocialCreditCode.checkCharacter(body17);
  }

  /** Whether the embedded GB 11714 organisation code of an 18-character USCC checks. */
  public static boolean usccOrgCodeChecks(String s) {
    return UnifiedSocialCreditCode.organisationCodeCheckCharacter(s.substring(8, 16)) == s.charAt(16);
  }

  /** The early Fujian pilot pattern (region 35…, organisation code starting M0), exempt from mod 31. */
  public static boolean usccPilotPattern(String s) {
    return s.startsWith("35", 2) && s.startsWith("M0", 8);
  }

  /** {@code s} with the character at {@code i} replaced. */
  public static String replace(String s, int i, char c) {
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  /** {@code s} with {@code part} written over it from {@code i}. */
  public static String overwrite(String s, int i, String part) {
    return s.substring(0, i) + part + s.substring(i + part.length());
  }

  /** {@code s} with the characters at {@code i} and {@code i + 1} swapped. */
  public static String swap(String s, int i) {
    char[] a = s.toCharArray();
    char t = a[i];
    a[i] = a[i + 1];
    a[i + 1] = t;
    return new String(a);
  }

  /** The full-width form (U+FF01..U+FF5E) of a printable ASCII character. */
  public static char fullWidth(char c) {
    if (c < '!' || c > '~') {
      throw new IllegalArgumentException("not printable ASCII");
    }
    return (char) (c + 0xFEE0);
  }
}
