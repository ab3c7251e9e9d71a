package io.github.zhibo.core.id;

import java.util.Objects;

/** The identifier kinds; names are stable (the reference app reads them from its input). */
public enum IdKind {
  /** {@link ResidentIdNumber}. */
  RESIDENT_ID,
  /** {@link LegacyResidentIdNumber}. */
  RESIDENT_ID_15,
  /** {@link HmtResidencePermitNumber}. */
  HMT_PERMIT,
  /** {@link ForeignPermanentResidentIdNumber}, both formats. */
  FOREIGN_PERMANENT_RESIDENT_ID,
  /** {@link UnifiedSocialCreditCode}. */
  USCC,
  /** {@link MobileNumber}. */
  MOBILE;

  /**
   * Parses {@code raw} as this kind. Never throws for any input (null → NPE is the only exception).
   */
  public ParseResult<? extends Identifier> tryParse(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    switch (this) {
      case RESIDENT_ID:
        return ResidentIdNumber.tryParse(raw, policy);
      case RESIDENT_ID_15:
        return LegacyResidentIdNumber.tryParse(raw, policy);
      case HMT_PERMIT:
        return HmtResidencePermitNumber.tryParse(raw, policy);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return ForeignPermanentResidentIdNumber.tryParse(raw, policy);
      case USCC:
        return UnifiedSocialCreditCode.tryParse(raw, policy);
      default:
        return MobileNumber.tryParse(raw, policy);
    }
  }

  /** True if {@code raw} is valid as this kind under {@code policy}. */
  public boolean isValid(CharSequence raw, ParsePolicy policy) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(policy, "policy");
    switch (this) {
      case RESIDENT_ID:
        return ResidentIdNumber.isValid(raw, policy);
      case RESIDENT_ID_15:
        return LegacyResidentIdNumber.isValid(raw, policy);
      case HMT_PERMIT:
        return HmtResidencePermitNumber.isValid(raw, policy);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return ForeignPermanentResidentIdNumber.isValid(raw, policy);
      case USCC:
        return UnifiedSocialCreditCode.isValid(raw, policy);
      default:
        return MobileNumber.isValid(raw, policy);
    }
  }
}
