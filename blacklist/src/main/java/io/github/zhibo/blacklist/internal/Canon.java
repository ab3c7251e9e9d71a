package io.github.zhibo.blacklist.internal;

import io.github.zhibo.core.id.HmtResidencePermitNumber;
import io.github.zhibo.core.id.ForeignPermanentResidentIdNumber;
import io.github.zhibo.core.id.LegacyResidentIdNumber;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import io.github.zhibo.core.id.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Canonical forms of the values a screening record carries, as users type them. Every method returns
 * {@code null} for a value that carries no identity (empty, or a known placeholder). Immutable and
 * thread-safe.
 */
public final class Canon {

  /** A canonical identity-document number and whether it is a valid resident ID (for life, one person). */
  public record Doc(String value, boolean validResidentId, @Nullable LocalDate birthDate) {}

  /** Linked values shorter than this (letters and digits) carry no identity. */
  private static final int MIN_LINKED = 4;

  private final ParsePolicy policy;
  private final Set<String> placeholders;

  /**
   * @param policy how resident IDs are validated (its clock bounds plausible birth dates)
   * @param placeholders placeholder values, already in {@link #placeholderForm(String)}
   */
  public Canon(ParsePolicy policy, Set<String> placeholders) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.placeholders = Set.copyOf(placeholders);
  }

  /** The form placeholders are compared in: letters and digits only, lower case. */
  public static String placeholderForm(String raw) {
    return Text.alnumLower(raw);
  }

  /**
   * Whether {@code raw} is a known placeholder, one character repeated (00000000, ffff-ffff) or an
   * ascending digit run of six or more (123456, 0123456789).
   */
  public boolean isPlaceholder(String raw) {
    return isPlaceholderForm(placeholderForm(raw));
  }

  private boolean isPlaceholderForm(String p) {
    if (p.isEmpty() || placeholders.contains(p)) return true;
    if (p.length() < 3) return false;
    return repeated(p) || (p.length() >= 6 && ascendingDigits(p));
  }

  private static boolean repeated(String p) {
    for (int i = 1; i < p.length(); i++) {
      if (p.charAt(i) != p.charAt(0)) return false;
    }
    return true;
  }

  /** 123456, 0123456789, 1234567890123 …: a digit run counting up (9 wraps to 0). */
  private static boolean ascendingDigits(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c < '0' || c > '9') return false;
      if (i > 0 && c != (char) ('0' + (p.charAt(i - 1) - '0' + 1) % 10)) return false;
    }
    return true;
  }

  /**
   * An identity-document number or USCC: letters and digits only, upper case (so {@code x}, full-width
   * digits, spaces, hyphens and zero-width characters do not matter); a valid 15-digit resident ID is
   * upgraded to its 18-digit form.
   */
  public @Nullable Doc document(@Nullable String raw) {
    if (raw == null) return null;
    String v = asciiAlnum(Text.alnumUpper(raw));
    // every document number has digits and at least six characters: 无, 不详, N/A and the like are no anchor
    if (v.length() < 6 || v.chars().noneMatch(c -> c >= '0' && c <= '9')) return null;
    if (isPlaceholderForm(v.toLowerCase(Locale.ROOT))) return null;
    if (v.length() == 15 && isAllDigits(v)) {
      ParseResult<LegacyResidentIdNumber> legacy = LegacyResidentIdNumber.tryParse(v, policy);
      if (legacy instanceof ParseResult.Ok<LegacyResidentIdNumber> ok) {
        ResidentIdNumber upgraded = ok.value().upgrade();
        return new Doc(upgraded.canonical(), true, upgraded.birthDate());
      }
    }
    if (v.length() == 18) {
      if (ResidentIdNumber.tryParse(v, policy) instanceof ParseResult.Ok<ResidentIdNumber> ok) {
        return new Doc(v, true, ok.value().birthDate());
      }
      if (HmtResidencePermitNumber.tryParse(v, policy) instanceof ParseResult.Ok<HmtResidencePermitNumber> ok) {
        return new Doc(v, false, ok.value().birthDate());
      }
    }
    if (v.length() == 15 || v.length() == 18) {
      if (ForeignPermanentResidentIdNumber.tryParse(v, policy)
          instanceof ParseResult.Ok<ForeignPermanentResidentIdNumber> ok) {
        return new Doc(v, false, ok.value().birthDate());
      }
    }
    return new Doc(v, false, null);
  }

  /**
   * A phone number: digits only; the country code of {@code +86}, {@code 0086} and of {@code 86} before an
   * 11-digit mobile number is dropped, so {@code +86 138-0013-8000}, {@code 86-13800138000} and {@code
   * １３８００１３８０００} meet, and {@code +86 10 1234 5678} meets the landline {@code 010-12345678}.
   */
  public @Nullable String phone(@Nullable String raw) {
    if (raw == null) return null;
    String folded = Text.fold(raw).trim();
    if (isPlaceholderForm(Text.alnumLower(folded))) return null;
    String d = digits(folded);
    boolean international = folded.startsWith("+") || d.startsWith("00");
    if (d.startsWith("0086")) d = d.substring(4);
    else if (d.startsWith("86") && (international || d.length() == 13)) d = d.substring(2);
    else if (international) return d.length() < 5 ? null : "+" + d; // another country: kept apart
    if (international && !(d.length() == 11 && d.charAt(0) == '1') && !d.startsWith("0")) {
      d = "0" + d; // +86 10 1234 5678 is the landline 010 1234 5678
    }
    if (d.length() < 5 || isPlaceholder(d)) return null;
    return d;
  }

  /**
   * A device id (IMEI, OAID, IDFA, Android ID, MAC): letters and digits, lower case, without a leading type
   * label ({@code IMEI:}, {@code OAID-}, {@code idfa=} …).
   */
  public @Nullable String device(@Nullable String raw) {
    String v = linked(raw, false);
    if (v == null) return null;
    for (String label : DEVICE_LABELS) {
      if (v.startsWith(label) && v.length() - label.length() >= 8) {
        String rest = v.substring(label.length());
        return isPlaceholderForm(rest) ? null : rest;
      }
    }
    return v;
  }

  private static final String[] DEVICE_LABELS = {"androidid", "imei", "meid", "oaid", "idfa", "idfv", "aaid", "mac"};

  /** A payment account (bank card, wallet id): letters and digits, upper case. */
  public @Nullable String payment(@Nullable String raw) {
    return linked(raw, true);
  }

  /** A biometric template id: letters and digits, lower case. */
  public @Nullable String template(@Nullable String raw) {
    return linked(raw, false);
  }

  /** A platform account id: letters and digits, lower case ({@code ACCT:1001}, {@code acct 1001} meet). */
  public @Nullable String account(@Nullable String raw) {
    return linked(raw, false);
  }

  private @Nullable String linked(@Nullable String raw, boolean upper) {
    if (raw == null) return null;
    String v = Text.alnumUpper(raw);
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.codePointCount(0, v.length()) < MIN_LINKED || isPlaceholderForm(lower)) return null;
    return upper ? v : lower;
  }

  /** A nationality as an upper-case code; 中国/CN/CHINA → CHN and a few common two-letter codes widened. */
  public static @Nullable String nationality(@Nullable String raw) {
    if (raw == null) return null;
    String v = Text.alnumUpper(raw);
    if (v.isEmpty()) return null;
    return switch (v) {
      case "CN", "CHINA", "中国", "中华人民共和国", "PRC" -> "CHN";
      case "HK", "香港" -> "HKG";
      case "MO", "澳门", "澳門" -> "MAC";
      case "TW", "台湾", "臺灣", "台灣" -> "TWN";
      case "US", "USA", "美国" -> "USA";
      case "GB", "UK" -> "GBR";
      case "JP", "日本" -> "JPN";
      case "KR", "韩国" -> "KOR";
      default -> v;
    };
  }

  /** A birth date typed as {@code 1990-03-07}, {@code 1990/3/7}, {@code 19900307} or full-width. */
  public static @Nullable LocalDate birthDate(@Nullable String raw) {
    if (raw == null) return null;
    String s = Text.fold(raw).trim();
    if (s.isEmpty()) return null;
    try {
      String d = digits(s);
      if (d.length() == 8 && d.length() == s.length()) {
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6, 8)));
      }
      String[] parts = s.split("[^0-9]+");
      if (parts.length >= 3) {
        return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      return LocalDate.parse(s);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String asciiAlnum(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      if (!keep && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
      else if (keep && sb != null) sb.append(c);
    }
    return sb == null ? s : sb.toString();
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isAllDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') return false;
    }
    return true;
  }
}
