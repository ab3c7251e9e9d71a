package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Verdict;
import io.github.zhibo.core.id.internal.Rid18Checker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of a residence permit for Hong Kong, Macau and Taiwan residents (港澳台居民居住证): built like a
 * resident ID with the address code fixed at 810000, 820000 or 830000 (国办发〔2018〕81号 Art. 3).
 *
 * <p>Birth dates before the handovers are normal (the published sample was born in 1994). A mainland
 * resident ID offered here fails with {@link IdErrorCode#WRONG_KIND}. Immutable and thread-safe.
 */
public final class HmtResidencePermitNumber extends IdValue
    implements PersonIdNumber, Comparable<HmtResidencePermitNumber> {

  private static final Checker CHECKER = (s, p) -> Rid18Checker.check(s, p, Rid18Checker.Variant.HMT);

  private HmtResidencePermitNumber(String value) {
    super(value);
  }

  /** Strict parse with the default policy and the system clock in China Standard Time. */
  public static HmtResidencePermitNumber parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static HmtResidencePermitNumber parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<HmtResidencePermitNumber> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    if (policy.lenientNormalisation()) {
      return ParseSupport.runLenient(raw, policy, IdKind.HMT_PERMIT, CHECKER, HmtResidencePermitNumber::new);
    }
    return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.HMT_PERMIT, HmtResidencePermitNumber::new);
  }

  /** True if valid under the default policy (system clock). */
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

  @Override
  public IdKind kind() {
    return IdKind.HMT_PERMIT;
  }

  @Override
  public String masked() {
    return mask(3, 4);
  }

  /** Hong Kong, Macau or Taiwan. */
  public Territory territory() {
    return Territory.of(value);
  }

  @Override
  public LocalDate birthDate() {
    return date8(6);
  }

  @Override
  public Sex sex() {
    return Sex.ofDigit(value.charAt(16));
  }

  @Override
  public int compareTo(HmtResidencePermitNumber o) {
    return value.compareTo(o.value);
  }
}
