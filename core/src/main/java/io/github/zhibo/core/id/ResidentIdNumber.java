package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.Mod112;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Verdict;
import io.github.zhibo.core.id.internal.Rid18Checker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mainland resident identity number (公民身份号码, GB 11643-1999): region (6), birth date (8), sequence
 * (3), ISO 7064 MOD 11-2 check character.
 *
 * <p>Only the province is checked, never the county (the county code is the one in force when the number
 * was assigned). Numbers of HMT residence permits (81/82/83) and foreign permanent resident IDs (9) fail
 * with {@link IdErrorCode#WRONG_KIND}: they are different documents. Immutable and thread-safe.
 */
public final class ResidentIdNumber extends IdValue
    implements PersonIdNumber, Comparable<ResidentIdNumber> {

  private static final Checker CHECKER =
      (s, p) -> Rid18Checker.check(s, p, Rid18Checker.Variant.RESIDENT);

  private ResidentIdNumber(String value) {
    super(value);
  }

  /** Strict parse with the default policy and the system clock in China Standard Time. */
  public static ResidentIdNumber parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static ResidentIdNumber parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<ResidentIdNumber> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    if (policy.lenientNormalisation()) {
      return ParseSupport.runLenient(raw, policy, IdKind.RESIDENT_ID, CHECKER, ResidentIdNumber::new);
    }
    return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.RESIDENT_ID, ResidentIdNumber::new);
  }

  /** True if valid under the default policy (system clock); allocation-free. */
  public static boolean isValid(CharSequence raw) {
    return isValid(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /** True if valid under {@code policy}; allocation-free unless the policy is lenient. */
  public static boolean isValid(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    return policy.lenientNormalisation()
        ? ParseSupport.isValidLenient(raw, policy, CHECKER)
        : Verdict.isOk(CHECKER.check(raw, policy));
  }

  /**
   * The MOD 11-2 check character for the first 17 digits of {@code body}, e.g. to generate test data.
   *
   * @throws IllegalArgumentException if there are fewer than 17 characters or one is not an ASCII digit
   */
  public static char checkCharacter(CharSequence body) {
    return Mod112.checkCharacter(body);
  }

  static ResidentIdNumber ofChecked(String canonical) {
    return new ResidentIdNumber(canonical);
  }

  @Override
  public IdKind kind() {
    return IdKind.RESIDENT_ID;
  }

  @Override
  public String masked() {
    return mask(3, 4);
  }

  /** The six-digit address code; advisory beyond the province. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** The province of the address code. */
  public Province province() {
    return Province.of(value, 0);
  }

  @Override
  public LocalDate birthDate() {
    return date8(6);
  }

  /** The sequence number, 0–999. */
  public int sequence() {
    return digits(14, 3);
  }

  @Override
  public Sex sex() {
    return Sex.ofDigit(value.charAt(16));
  }

  @Override
  public int compareTo(ResidentIdNumber o) {
    return value.compareTo(o.value);
  }
}
