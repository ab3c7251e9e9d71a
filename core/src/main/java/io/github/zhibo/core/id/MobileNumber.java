package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.MobileChecker;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Verdict;
import java.util.Objects;

/**
 * A mainland mobile number (联系方式 under Art. 8): 11 digits in a range of the policy's {@link
 * MobileNumberRanges}. Canonical form is the bare 11 digits.
 *
 * <p>A {@code +86}, {@code 0086} or {@code 86} country code is accepted only by a lenient policy, which
 * reports {@link IdWarning#COUNTRY_CODE_REMOVED}; strict parsing rejects it, because stored data should
 * already be canonical. Immutable and thread-safe.
 */
public final class MobileNumber extends IdValue implements Identifier, Comparable<MobileNumber> {

  private static final Checker CHECKER = MobileChecker::check;

  private MobileNumber(String value) {
    super(value);
  }

  /** Strict parse with the default policy. */
  public static MobileNumber parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static MobileNumber parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<MobileNumber> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    if (!policy.lenientNormalisation()) {
      return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.MOBILE, MobileNumber::new);
    }
    IdNormalizer.Normalized n = IdNormalizer.lenient(raw);
    String s = n.value();
    long warnings = ParseSupport.mask(n.changes());
    int strip = countryCodeLength(s);
    if (strip > 0) {
      s = s.substring(strip);
      warnings = Verdict.warn(warnings, IdWarning.COUNTRY_CODE_REMOVED);
    }
    return ParseSupport.finish(s, warnings, policy, IdKind.MOBILE, CHECKER, MobileNumber::new);
  }

  /** True if valid under the default policy; allocation-free. */
  public static boolean isValid(CharSequence raw) {
    return isValid(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /** True if valid under {@code policy}. */
  public static boolean isValid(CharSequence raw, ParsePolicy policy) {
    return policy.lenientNormalisation()
        ? tryParse(raw, policy).isOk()
        : Verdict.isOk(CHECKER.check(Objects.requireNonNull(raw, "raw"), policy));
  }

  private static int countryCodeLength(String s) {
    if (s.length() == 14 && s.startsWith("+86")) {
      return 3;
    }
    if (s.length() == 15 && s.startsWith("0086")) {
      return 4;
    }
    return s.length() == 13 && s.startsWith("86") ? 2 : 0;
  }

  @Override
  public IdKind kind() {
    return IdKind.MOBILE;
  }

  @Override
  public String masked() {
    return mask(3, 4);
  }

  /** The three-digit range prefix, e.g. {@code 138}. */
  public String rangePrefix() {
    return value.substring(0, 3);
  }

  @Override
  public int compareTo(MobileNumber o) {
    return value.compareTo(o.value);
  }
}
