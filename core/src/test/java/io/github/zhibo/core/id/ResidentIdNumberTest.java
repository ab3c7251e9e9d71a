package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

  @Test
  void parse_hutoolVector_exposesEncodedFields() {
    ResidentIdNumber id = ResidentIdNumber.parse("321083197812162119", Fixtures.DEFAULTS);
    assertThat(id.province()).isEqualTo(Province.JIANGSU);
    assertThat(id.regionCode()).isEqualTo("321083");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1978, 12, 16));
    assertThat(id.sequence()).isEqualTo(211);
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.kind()).isEqualTo(IdKind.RESIDENT_ID);
    assertThat(id.ageOn(LocalDate.of(2017, 4, 10))).isEqualTo(38);
  }

  @Test
  void parse_evenSequenceDigit_isFemale() {
    assertThat(ResidentIdNumber.parse("330105197810270025", Fixtures.DEFAULTS).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void parse_lowerCaseX_isCanonicalisedToUpperCase() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", Fixtures.DEFAULTS);
    assertThat(id.canonical()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentIdNumber.parse("11010519491231002X", Fixtures.DEFAULTS));
  }

  @Test
  void parse_lowerCaseX_withoutCaseFolding_isIllegal() {
    ParsePolicy noFold = Fixtures.DEFAULTS.toBuilder().foldAsciiCase(false).build();
    assertThat(Fixtures.verdict(ResidentIdNumber.tryParse("11010519491231002x", noFold)))
        .isEqualTo("INVALID:ILLEGAL_CHARACTER@17");
  }

  @Test
  void toString_isMasked() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", Fixtures.DEFAULTS);
    assertThat(id.toString()).isEqualTo("110***********002X").isEqualTo(id.masked());
  }

  @Test
  void parse_wrongCheckCharacter_throwsWithExpectedAndActualButNotTheNumber() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("412722197505093546", Fixtures.DEFAULTS))
        .isInstanceOfSatisfying(IdParseException.class, e -> {
          assertThat(e.error().code()).isEqualTo(IdErrorCode.CHECKSUM_MISMATCH);
          assertThat(e.error().position()).isEqualTo(17);
          assertThat(e.error().expected()).isEqualTo('5');
          assertThat(e.error().actual()).isEqualTo('6');
          assertThat(e.code()).isEqualTo(IdErrorCode.CHECKSUM_MISMATCH);
          assertThat(e.getMessage())
              .isEqualTo("ZB-ID-0009: RESIDENT_ID: CHECKSUM_MISMATCH at position 17 (expected '5', found '6')")
              .doesNotContain("412722");
        });
  }

  @Test
  void parse_minBirthYearRaised_rejectsEarlierYears() {
    ParsePolicy p = Fixtures.DEFAULTS.toBuilder().minBirthYear(1900).build();
    assertThat(Fixtures.verdict(ResidentIdNumber.tryParse("440524188001010014", p)))
        .isEqualTo("INVALID:DATE_BEFORE_MINIMUM@6");
  }

  @Test
  void parse_bornToday_inTheClockZone_notUtc() {
    // 2026-11-28T20:00Z is already 2026-11-29 in Beijing: a birth on the 29th is today there, not future.
    var lateUtc = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T20:00:00Z"),
        java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(ResidentIdNumber.isValid("110105202611290018", ParsePolicy.defaults(lateUtc))).isTrue();
    var utc = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T20:00:00Z"), java.time.ZoneOffset.UTC);
    assertThat(ResidentIdNumber.isValid("110105202611290018", ParsePolicy.defaults(utc))).isFalse();
  }

  @Test
  void checkCharacter_nonDigitBody_isRejectedAsCallerMistake() {
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("11010519491231００2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tryParse_null_isTheOnlyException() {
    assertThatThrownBy(() -> ResidentIdNumber.tryParse(null, Fixtures.DEFAULTS))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void compareTo_ordersByCanonicalString() {
    ResidentIdNumber a = ResidentIdNumber.parse("110101197810270029", Fixtures.DEFAULTS);
    ResidentIdNumber b = ResidentIdNumber.parse("321083197812162119", Fixtures.DEFAULTS);
    assertThat(a).isLessThan(b);
    assertThat(a.hashCode()).isEqualTo("110101197810270029".hashCode());
  }
}
