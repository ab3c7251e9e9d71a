package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.Mod112;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Verdict;
import io.github.zhibo.core.id.internal.Rid15Checker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A 15-digit resident identity number (GB 11643-1989): region (6), birth date {@code YYMMDD} in the
 * 1900s, sequence (3), and no check character.
 *
 * <p>Without a check character a 15-digit number proves almost nothing; its use is {@link #upgrade()} to
 * the 18-digit number, which should then be verified online. Immutable and thread-safe.
 */
public final class LegacyResidentIdNumber extends IdValue
    implements PersonIdNumber, Comparable<LegacyResidentIdNumber> {

  private static final Checker CHECKER = Rid15Checker::check;

  private LegacyResidentIdNumber(String value) {
    super(value);
  }

  /** Strict parse with the default policy and the system clock in China Standard Time. */
  public static LegacyResidentIdNumber parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static LegacyResidentIdNumber parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<LegacyResidentIdNumber> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    if (policy.lenientNormalisation()) {
      return ParseSupport.runLenient(raw, policy, IdKind.RESIDENT_ID_15, CHECKER, LegacyResidentIdNumber::new);
    }
    return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.RESIDENT_ID_15, LegacyResidentIdNumber::new);
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

  /**
   * The 18-digit number: {@code 19} inserted before the two-digit year, MOD 11-2 check character
   * appended. The century is always 19 (a {@code 00} year is 1900, not 2000).
   */
  public ResidentIdNumber upgrade() {
    String body = value.substring(0, 6) + "19" + value.substring(6);
    return ResidentIdNumber.ofChecked(body + Mod112.checkCharacter(body));
  }

  @Override
  public IdKind kind() {
    return IdKind.RESIDENT_ID_15;
  }

  @Override
  public String masked() {
    return mask(3, 3);
  }

  /** The province of the address code. */
  public Province province() {
    return Province.of(value, 0);
  }

  @Override
  public LocalDate birthDate() {
    return LocalDate.of(1900 + digits(6, 2), digits(8, 2), digits(10, 2));
  }

  @Override
  public Sex sex() {
    return Sex.ofDigit(value.charAt(14));
  }

  @Override
  public int compareTo(LegacyResidentIdNumber o) {
    return value.compareTo(o.value);
  }
}
