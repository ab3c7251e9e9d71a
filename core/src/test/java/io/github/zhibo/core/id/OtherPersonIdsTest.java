package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OtherPersonIdsTest {

  @Test
  void hmt_taiwanSample_isTaiwanNot71() {
    HmtResidencePermitNumber n = HmtResidencePermitNumber.parse("830000199201300022", Fixtures.DEFAULTS);
    assertThat(n.territory()).isEqualTo(Territory.TAIWAN);
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1992, 1, 30));
    assertThat(n.sex()).isEqualTo(Sex.FEMALE);
    assertThat(n.toString()).isEqualTo("830***********0022");
  }

  @Test
  void hmt_hongKongAndMacau() {
    assertThat(HmtResidencePermitNumber.parse("81000019980902013X", Fixtures.DEFAULTS).territory())
        .isEqualTo(Territory.HONG_KONG);
    assertThat(HmtResidencePermitNumber.parse("820000200009100032", Fixtures.DEFAULTS).territory())
        .isEqualTo(Territory.MACAU);
  }

  @Test
  void fpr2023_fields() {
    ForeignPermanentResidentIdNumber n =
        ForeignPermanentResidentIdNumber.parse("932682198501010017", Fixtures.DEFAULTS);
    assertThat(n.format()).isEqualTo(ForeignPermanentResidentIdNumber.Format.V2023);
    assertThat(n.acceptingProvince()).isEqualTo(Province.JIANGSU);
    assertThat(n.nationalityCode()).isEqualTo("682");
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThat(n.sex()).isEqualTo(Sex.MALE);
    assertThat(n.toString()).isEqualTo("932***********0017");
  }

  @Test
  void fpr2023_nationalityMustBeAnIso3166NumericCode_byDefault() {
    // 91 Beijing, nationality 000 (unassigned), valid MOD 11-2 check character
    var unknown = ForeignPermanentResidentIdNumber.tryParse("911000198501010015", Fixtures.DEFAULTS);
    assertThat(unknown.isOk()).isFalse();
    assertThat(((ParseResult.Err<?>) unknown).error().code()).isEqualTo(IdErrorCode.UNKNOWN_NATIONALITY);
    assertThat(((ParseResult.Err<?>) unknown).error().position()).isEqualTo(3);
    var off = Fixtures.DEFAULTS.toBuilder().checkNationality(false).build();
    assertThat(ForeignPermanentResidentIdNumber.tryParse("911000198501010015", off).isOk()).isTrue();
    // 156 (China) is assigned, so the field check passes and the number parses
    assertThat(ForeignPermanentResidentIdNumber.tryParse("911156198501010012", Fixtures.DEFAULTS).isOk()).isTrue();
  }

  @Test
  void fpr2017_fields_andCenturyRule() {
    ForeignPermanentResidentIdNumber n =
        ForeignPermanentResidentIdNumber.parse("KAZ110090123105", Fixtures.DEFAULTS);
    assertThat(n.format()).isEqualTo(ForeignPermanentResidentIdNumber.Format.V2017);
    assertThat(n.nationalityCode()).isEqualTo("KAZ");
    assertThat(n.acceptingProvince()).isEqualTo(Province.BEIJING);
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1990, 12, 31)); // 2090 would be in the future
    assertThat(n.sex()).isEqualTo(Sex.FEMALE);
    assertThat(n.toString()).isEqualTo("KAZ1100******05");
    assertThat(ForeignPermanentResidentIdNumber.parse("USA310000022909", Fixtures.DEFAULTS).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void mobile_fields_andMasking() {
    MobileNumber m = MobileNumber.parse("13812345678", Fixtures.DEFAULTS);
    assertThat(m.rangePrefix()).isEqualTo("138");
    assertThat(m.toString()).isEqualTo("138****5678");
    assertThat(MobileNumber.parse("+86 138 1234 5678", Fixtures.LENIENT)).isEqualTo(m);
  }

  @Test
  void mobile_newRange_isConfigurableWithoutARelease() {
    assertThat(MobileNumber.isValid("10412345678", Fixtures.DEFAULTS)).isFalse();
    ParsePolicy p = Fixtures.DEFAULTS.toBuilder()
        .mobileRanges(MobileNumberRanges.defaults().plus("104")).build();
    assertThat(MobileNumber.isValid("10412345678", p)).isTrue();
    assertThat(MobileNumberRanges.of(java.util.List.of("139")).prefixes()).containsExactly("139");
  }

  @Test
  void mobileRanges_badPrefix_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MobileNumberRanges.defaults().plus("23"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
