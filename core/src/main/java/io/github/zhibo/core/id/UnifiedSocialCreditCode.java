package io.github.zhibo.core.id;

import io.github.zhibo.core.id.internal.Checker;
import io.github.zhibo.core.id.internal.ParseSupport;
import io.github.zhibo.core.id.internal.Verdict;
import io.github.zhibo.core.id.internal.UsccChecker;
import java.util.Optional;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): registration authority, organisation
 * category, six-digit region (100000 for national registration), the 9-character GB 11714 organisation
 * code, and a mod-31 check character over {@code 0-9 A-Y} without I, O, S, V, Z.
 *
 * <p>Beyond mod 31 the embedded organisation-code check is enforced by default: an 18-digit resident ID
 * can pass mod 31 by chance, rarely both. Unknown authority/category pairs are valid with a warning (the
 * table grows). Early Fujian pilot codes that fail mod 31 fail with the distinct {@link
 * IdErrorCode#LEGACY_PILOT_CHECKSUM} unless the policy accepts them. Immutable and thread-safe.
 */
public final class UnifiedSocialCreditCode extends IdValue
    implements Identifier, Comparable<UnifiedSocialCreditCode> {

  private static final Checker CHECKER = UsccChecker::check;

  private UnifiedSocialCreditCode(String value) {
    super(value);
  }

  /** Strict parse with the default policy. */
  public static UnifiedSocialCreditCode parse(CharSequence raw) {
    return parse(raw, ParseSupport.SYSTEM_DEFAULTS);
  }

  /**
   * Strict parse.
   *
   * @throws IdParseException if {@code raw} is not valid under {@code policy} (message without the input)
   */
  public static UnifiedSocialCreditCode parse(CharSequence raw, ParsePolicy policy) {
    return tryParse(raw, policy).orElseThrow();
  }

  /** Parses without throwing for any non-null input. */
  public static ParseResult<UnifiedSocialCreditCode> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    if (policy.lenientNormalisation()) {
      return ParseSupport.runLenient(raw, policy, IdKind.USCC, CHECKER, UnifiedSocialCreditCode::new);
    }
    return ParseSupport.result(raw, CHECKER.check(raw, policy), IdKind.USCC, UnifiedSocialCreditCode::new);
  }

  /** True if valid under the default policy; allocation-free. */
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
   * The mod-31 check character for the first 17 characters of {@code body}.
   *
   * @throws IllegalArgumentException if a character is outside the USCC alphabet (upper case)
   */
  public static char checkCharacter(CharSequence body) {
    return UsccChecker.checkCharacter(body);
  }

  /**
   * The GB 11714 check character for an 8-character organisation-code body (weights 3 7 9 10 5 8 4 2;
   * 11 − sum mod 11, 10 → X, 11 → 0).
   *
   * @throws IllegalArgumentException if a character is not an ASCII digit or upper-case letter
   */
  public static char organisationCodeCheckCharacter(CharSequence body) {
    return UsccChecker.orgCheckCharacter(body);
  }

  @Override
  public IdKind kind() {
    return IdKind.USCC;
  }

  @Override
  public String masked() {
    return mask(6, 4);
  }

  /** The first character, whether or not it is in the bundled table. */
  public char registrationAuthorityCode() {
    return value.charAt(0);
  }

  /** The registration authority, if its character is in the bundled table. */
  public Optional<RegistrationAuthority> registrationAuthority() {
    return RegistrationAuthority.ofCode(value.charAt(0));
  }

  /** The organisation category, if the authority/category pair is in the bundled table. */
  public Optional<OrganisationCategory> organisationCategory() {
    return OrganisationCategory.of(value.charAt(0), value.charAt(1));
  }

  /** The six-digit region code of the registering authority ({@code 100000} for national level). */
  public String registrationRegionCode() {
    return value.substring(2, 8);
  }

  /** True for national-level registration (region {@code 100000}). */
  public boolean isNationalRegistration() {
    return UsccChecker.isNational(value);
  }

  /** The province of the registering authority; empty for national-level registration. */
  public Optional<Province> registrationProvince() {
    return isNationalRegistration() ? Optional.empty() : Optional.of(Province.of(value, 2));
  }

  /** The 9-character GB 11714 organisation code (主体标识码), without the conventional hyphen. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** True for a Fujian pilot code accepted by policy although it fails mod 31. */
  public boolean isLegacyPilotCode() {
    return UsccChecker.isPilotPattern(value)
        && UsccChecker.checkCharacter(value) != value.charAt(17);
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode o) {
    return value.compareTo(o.value);
  }
}
