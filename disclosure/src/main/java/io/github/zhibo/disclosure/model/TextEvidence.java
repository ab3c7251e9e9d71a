package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * Evidence on file that may exempt a term (《广告绝对化用语执法指南》).
 *
 * @param gradeBasisProvided a standard grade's basis can be shown (absent: {@code null})
 * @param gradeStandardRef the standard (absent: {@code null})
 * @param registeredTrademark a registered trademark contained in the text (absent: {@code null})
 * @param trademarkVerified the trademark was verified (absent: {@code null})
 * @param claimPeriodStated a ranking or sales claim states its period (absent: {@code null})
 * @param claimScopeStated …and its scope (absent: {@code null})
 * @param evidenceOnFile …and evidence is on file (absent: {@code null})
 * @param officialAuthorizationOnFile an authorisation for 官方/旗舰 claims is on file (absent: {@code null})
 */
public record TextEvidence(
    @Nullable Boolean gradeBasisProvided,
    @Nullable String gradeStandardRef,
    @Nullable String registeredTrademark,
    @Nullable Boolean trademarkVerified,
    @Nullable Boolean claimPeriodStated,
    @Nullable Boolean claimScopeStated,
    @Nullable Boolean evidenceOnFile,
    @Nullable Boolean officialAuthorizationOnFile) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("TextEvidence", "gradeBasisProvided", gradeBasisProvided, "gradeStandardRef", gradeStandardRef, "registeredTrademark", registeredTrademark, "trademarkVerified", trademarkVerified, "claimPeriodStated", claimPeriodStated, "claimScopeStated", claimScopeStated, "evidenceOnFile", evidenceOnFile, "officialAuthorizationOnFile", officialAuthorizationOnFile);
  }
}
