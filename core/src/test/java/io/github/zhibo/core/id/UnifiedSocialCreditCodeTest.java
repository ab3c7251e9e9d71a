package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

  @Test
  void parse_individualBusiness_exposesAuthorityCategoryRegionAndOrgCode() {
    UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse("92340602MA2PBMEM24", Fixtures.DEFAULTS);
    assertThat(c.registrationAuthority()).contains(RegistrationAuthority.MARKET_REGULATION);
    assertThat(c.organisationCategory()).contains(OrganisationCategory.INDIVIDUAL_BUSINESS);
    assertThat(c.registrationRegionCode()).isEqualTo("340602");
    assertThat(c.registrationProvince()).contains(Province.ANHUI);
    assertThat(c.organisationCode()).isEqualTo("MA2PBMEM2");
    assertThat(c.isNationalRegistration()).isFalse();
    assertThat(c.isLegacyPilotCode()).isFalse();
    assertThat(c.toString()).isEqualTo("923406********EM24");
  }

  @Test
  void parse_nationalRegistration_hasNoProvince() {
    UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse("91100000MA0000015X", Fixtures.DEFAULTS);
    assertThat(c.isNationalRegistration()).isTrue();
    assertThat(c.registrationProvince()).isEmpty();
  }

  @Test
  void parse_unknownAuthority_isValidWithWarningAndEmptyLookup() {
    ParseResult<UnifiedSocialCreditCode> r = UnifiedSocialCreditCode.tryParse("B1310110MA1K3BTP21", Fixtures.DEFAULTS);
    assertThat(r.warnings()).containsExactly(IdWarning.UNKNOWN_REGISTRATION_AUTHORITY);
    assertThat(r.orElseThrow().registrationAuthority()).isEmpty();
    assertThat(r.orElseThrow().registrationAuthorityCode()).isEqualTo('B');
  }

  @Test
  void parse_pilotCodeAcceptedByPolicy_isMarkedLegacy() {
    ParsePolicy pilot = Fixtures.DEFAULTS.toBuilder().acceptLegacyPilotUscc(true).build();
    assertThat(UnifiedSocialCreditCode.parse("91350211M00013FA1N", pilot).isLegacyPilotCode()).isTrue();
  }

  @Test
  void parse_orgCodeCheckDisabled_letsTheResidentIdCollisionThrough() {
    // hutool#1367: passes mod 31, fails only the embedded GB 11714 check.
    ParsePolicy lax = Fixtures.DEFAULTS.toBuilder().enforceOrgCodeCheck(false).build();
    assertThat(UnifiedSocialCreditCode.isValid("362322198709086409", lax)).isTrue();
    assertThat(UnifiedSocialCreditCode.isValid("362322198709086409", Fixtures.DEFAULTS)).isFalse();
  }

  @Test
  void organisationCodeCheckCharacter_knownValues() {
    // 91110000600037341L: organisation code 60003734-1; 91152201078371135X: 07837113-5
    assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacter("60003734")).isEqualTo('1');
    assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacter("07837113")).isEqualTo('5');
    assertThat(UnifiedSocialCreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
  }

  @Test
  void parse_lowerCase_isFoldedWithRootLocaleEvenUnderTurkishDefault() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(UnifiedSocialCreditCode.parse("91310115ma1k3btp2b", Fixtures.DEFAULTS).canonical())
          .isEqualTo("91310115MA1K3BTP2B");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
