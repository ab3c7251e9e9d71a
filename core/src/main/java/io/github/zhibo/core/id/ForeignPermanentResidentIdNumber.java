package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.Fpr15Checker;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Rid18Checker;
import io.github.zhibo.core.id.internal.Verdict;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * The number of a foreign permanent resident ID card (外国人永久居留身份证), in either format.
 *
 * <ul>
 *   <li>{@link Format#V2023}, issued from 2023-12-01: {@code 9}, province of the accepting authority
 *       (2), ISO 3166-1 numeric nationality (3), birth date (8), sequence (3), MOD 11-2 check.
 *   <li>{@link Format#V2017}, 15 characters: ISO 3166-1 alpha-3 nationality, accepting province and city
 *       (4), {@code YYMMDD}, sequence (1), check (1). No official source defines the check; the ICAO 7-3-1
 *       rule in use is a soft check ({@link IdWarning#SOFT_CHECK_FAILED} by default). The century is 20yy
 *       unless that date would be in the future.
 * </ul>
 *
 * <p>A resident ID offered here fails with {@link IdErrorCode#WRONG_KIND}. Immutable and thread-safe.
 */
public final class ForeignPermanentResidentIdNumber extends IdValue
    implements PersonIdNumber, Comparable<ForeignPermanentResidentIdNumber> {

  /** The two card formats. */
  public enum Format {
    /** 18 digits, from 2023-12-01. */
    V2023,
    /** 15 characters, the 2004/2017 cards. */
    V2017
  }

  private static final Checker CHECKER =
      (s, p) -> s.length() == Fpr15Checker.LENGTH
          ? Fpr15Checker.check(s, p)
          : Rid18Checker.check(s, p, Rid18Checker.Variant.FOREIGN);

  private final int birthYear;

  private ForeignPermanentResidentIdNumber(String value, int birthYear) {
    super(value);
    this.birthYear = birthYear;
  }

  /** Strict parse with the default policy and the system clock in China Standard Time. */
  public static ForeignPermanentResidentIdNumber parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static ForeignPermanentResidentIdNumber parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<ForeignPermanentResidentIdNumber> tryParse(
      CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    Function<String, ForeignPermanentResidentIdNumber> factory =
        canonical -> new ForeignPermanentResidentIdNumber(canonical, birthYear(canonical, policy));
    if (policy.lenientNormalisation()) {
      return ParseSupport.runLenient(raw, policy, IdKind.FOREIGN_PERMANENT_RESIDENT_ID, CHECKER, factory);
    }
    return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.FOREIGN_PERMANENT_RESIDENT_ID, factory);
  }

  /** True if valid under the default policy (system clock). */
  public static boolean isValid(CharSequence raw) {
    return isValid(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /** True if valid under {@code policy}. */
  public static boolean isValid(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    return policy.lenientNormalisation()
        ? ParseSupport.isValidLenient(raw, policy, CHECKER)
        : Verdict.isOk(CHECKER.check(raw, policy));
  }

  private static int birthYear(String canonical, ParsePolicy policy) {
    if (canonical.length() != Fpr15Checker.LENGTH) {
      return Integer.parseInt(canonical.substring(6, 10));
    }
    int yy = Integer.parseInt(canonical.substring(7, 9));
    int month = Integer.parseInt(canonical.substring(9, 11));
    int day = Integer.parseInt(canonical.substring(11, 13));
    return Fpr15Checker.centuryFor(yy, month, day, policy);
  }

  @Override
  public IdKind kind() {
    return IdKind.FOREIGN_PERMANENT_RESIDENT_ID;
  }

  /** Which card format the number has. */
  public Format format() {
    return value.length() == Fpr15Checker.LENGTH ? Format.V2017 : Format.V2023;
  }

  @Override
  public String masked() {
    return format() == Format.V2023 ? mask(3, 4) : mask(7, 2);
  }

  /** The nationality: ISO 3166-1 numeric (3 digits) for V2023, alpha-3 (3 letters) for V2017. */
  public String nationalityCode() {
    return format() == Format.V2023 ? value.substring(3, 6) : value.substring(0, 3);
  }

  /** The province where the card was applied for. */
  public Province acceptingProvince() {
    return Province.of(value, format() == Format.V2023 ? 1 : 3);
  }

  @Override
  public LocalDate birthDate() {
    return format() == Format.V2023
        ? date8(6)
        : LocalDate.of(birthYear, digits(9, 2), digits(11, 2));
  }

  @Override
  public Sex sex() {
    return Sex.ofDigit(value.charAt(format() == Format.V2023 ? 16 : 13));
  }

  @Override
  public int compareTo(ForeignPermanentResidentIdNumber o) {
    return value.compareTo(o.value);
  }
}
