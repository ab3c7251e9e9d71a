package io.github.zhibo.core.id;

import java.time.Clock;
import java.util.Objects;

/**
 * Every ambiguous parsing decision in one place, so two services that share a policy agree on every
 * number.
 *
 * <p>{@link #defaults(Clock)}: ASCII lower case accepted and canonicalised (warning {@link
 * IdWarning#CASE_FOLDED}); full-width characters, spaces and hyphens rejected; birth years from 1800; ages
 * above 130 warned; the embedded GB 11714 check enforced; legacy pilot USCCs rejected with {@link
 * IdErrorCode#LEGACY_PILOT_CHECKSUM}; the unofficial check of 15-character foreign resident IDs a warning;
 * the bundled mobile number ranges. {@link #lenient(Clock)} additionally runs {@link IdNormalizer} first
 * and accepts a {@code +86} country code on mobile numbers.
 *
 * @param clock source of "today" for the future-birth-date rule; its zone decides the date. It is read
 *     once per person number; a batch job may pass {@code Clock.fixed(...)} captured at its start, which
 *     saves the system-clock read (about half the cost of a check on a virtual machine)
 * @param foldAsciiCase accept ASCII lower case and upper-case it (warning {@code CASE_FOLDED})
 * @param lenientNormalisation run {@link IdNormalizer#lenient} before parsing and report its changes
 * @param minBirthYear earliest accepted birth year (GB 11643's own example is born in 1880)
 * @param maxPlausibleAge ages above this give {@link IdWarning#IMPLAUSIBLE_AGE}, never an error
 * @param enforceOrgCodeCheck check the GB 11714 organisation code embedded in a USCC
 * @param acceptLegacyPilotUscc accept Fujian pilot codes that fail mod 31 (warning {@code
 *     LEGACY_PILOT_CODE}) instead of rejecting them
 * @param acceptLegacyFprCheckFailure treat a failed 7-3-1 check of a 15-character foreign resident ID as a
 *     warning ({@code SOFT_CHECK_FAILED}) rather than {@code CHECKSUM_MISMATCH}
 * @param checkNationality reject a 2023 foreign permanent resident ID whose nationality field is no ISO
 *     3166-1 numeric code ({@code UNKNOWN_NATIONALITY}); on by default
 * @param mobileRanges the mobile number ranges accepted; extend it when new ranges are allocated
 */
public record ParsePolicy(
    Clock clock,
    boolean foldAsciiCase,
    boolean lenientNormalisation,
    int minBirthYear,
    int maxPlausibleAge,
    boolean enforceOrgCodeCheck,
    boolean acceptLegacyPilotUscc,
    boolean acceptLegacyFprCheckFailure,
    boolean checkNationality,
    MobileNumberRanges mobileRanges) {

  /** The default earliest birth year. */
  public static final int DEFAULT_MIN_BIRTH_YEAR = 1800;

  /** The default age above which a warning is given. */
  public static final int DEFAULT_MAX_PLAUSIBLE_AGE = 130;

  public ParsePolicy {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(mobileRanges, "mobileRanges");
    if (minBirthYear < 1 || minBirthYear > 9999) {
      throw new IllegalArgumentException("minBirthYear must be within 1..9999: " + minBirthYear);
    }
    if (maxPlausibleAge < 1) {
      throw new IllegalArgumentException("maxPlausibleAge must be positive: " + maxPlausibleAge);
    }
  }

  /** The default policy (see the class comment) with today read from {@code clock}. */
  public static ParsePolicy defaults(Clock clock) {
    return new ParsePolicy(
        clock,
        true,
        false,
        DEFAULT_MIN_BIRTH_YEAR,
        DEFAULT_MAX_PLAUSIBLE_AGE,
        true,
        false,
        true,
        true,
        MobileNumberRanges.defaults());
  }

  /** The defaults plus the lenient normaliser: for pasted or IME-typed input, never for stored data. */
  public static ParsePolicy lenient(Clock clock) {
    return defaults(clock).toBuilder().lenientNormalisation(true).build();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a changed copy of a policy. Not thread-safe; the built policy is. */
  public static final class Builder {
    private Clock clock;
    private boolean foldAsciiCase;
    private boolean lenientNormalisation;
    private int minBirthYear;
    private int maxPlausibleAge;
    private boolean enforceOrgCodeCheck;
    private boolean acceptLegacyPilotUscc;
    private boolean acceptLegacyFprCheckFailure;
    private boolean checkNationality;
    private MobileNumberRanges mobileRanges;

    private Builder(ParsePolicy p) {
      clock = p.clock;
      foldAsciiCase = p.foldAsciiCase;
      lenientNormalisation = p.lenientNormalisation;
      minBirthYear = p.minBirthYear;
      maxPlausibleAge = p.maxPlausibleAge;
      enforceOrgCodeCheck = p.enforceOrgCodeCheck;
      acceptLegacyPilotUscc = p.acceptLegacyPilotUscc;
      acceptLegacyFprCheckFailure = p.acceptLegacyFprCheckFailure;
      checkNationality = p.checkNationality;
      mobileRanges = p.mobileRanges;
    }

    /** See {@link ParsePolicy#clock()}. */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** See {@link ParsePolicy#foldAsciiCase()}. */
    public Builder foldAsciiCase(boolean value) {
      foldAsciiCase = value;
      return this;
    }

    /** See {@link ParsePolicy#lenientNormalisation()}. */
    public Builder lenientNormalisation(boolean value) {
      lenientNormalisation = value;
      return this;
    }

    /** See {@link ParsePolicy#minBirthYear()}. */
    public Builder minBirthYear(int value) {
      minBirthYear = value;
      return this;
    }

    /** See {@link ParsePolicy#maxPlausibleAge()}. */
    public Builder maxPlausibleAge(int value) {
      maxPlausibleAge = value;
      return this;
    }

    /** See {@link ParsePolicy#enforceOrgCodeCheck()}. */
    public Builder enforceOrgCodeCheck(boolean value) {
      enforceOrgCodeCheck = value;
      return this;
    }

    /** See {@link ParsePolicy#acceptLegacyPilotUscc()}. */
    public Builder acceptLegacyPilotUscc(boolean value) {
      acceptLegacyPilotUscc = value;
      return this;
    }

    /** See {@link ParsePolicy#acceptLegacyFprCheckFailure()}. */
    public Builder acceptLegacyFprCheckFailure(boolean value) {
      acceptLegacyFprCheckFailure = value;
      return this;
    }

    /** See {@link ParsePolicy#checkNationality()}. */
    public Builder checkNationality(boolean value) {
      checkNationality = value;
      return this;
    }

    /** See {@link ParsePolicy#mobileRanges()}. */
    public Builder mobileRanges(MobileNumberRanges value) {
      mobileRanges = Objects.requireNonNull(value, "mobileRanges");
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public ParsePolicy build() {
      return new ParsePolicy(
          clock,
          foldAsciiCase,
          lenientNormalisation,
          minBirthYear,
          maxPlausibleAge,
          enforceOrgCodeCheck,
          acceptLegacyPilotUscc,
          acceptLegacyFprCheckFailure,
          checkNationality,
          mobileRanges);
    }
  }
}
