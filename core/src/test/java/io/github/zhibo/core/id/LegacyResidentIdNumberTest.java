package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LegacyResidentIdNumberTest {

  @ParameterizedTest
  @CsvSource({
    "610104620927690, 610104196209276908",  // jxlwqq README
    "150102880730303, 150102198807303035",  // Hutool test
    "110101781027002, 110101197810270029",  // CredentialKit: its 15- and 18-digit vectors agree
    "330102200403064, 33010219200403064X",  // Hutool convert15To18Test
  })
  void upgrade_publicPairs_matchTheSources(String fifteen, String eighteen) {
    ResidentIdNumber upgraded = LegacyResidentIdNumber.parse(fifteen, Fixtures.DEFAULTS).upgrade();
    assertThat(upgraded.canonical()).isEqualTo(eighteen);
  }

  @Test
  void upgrade_year00_isNineteenHundredNotTwoThousand() {
    // Hutool's convert15To18("110105000101001") yields a 2000 birth year (research note, measured).
    LegacyResidentIdNumber n = LegacyResidentIdNumber.parse("110105000101001", Fixtures.DEFAULTS);
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(n.upgrade().birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(n.upgrade().canonical()).startsWith("1101051900");
  }

  @Test
  void accessors_andMasking() {
    LegacyResidentIdNumber n = LegacyResidentIdNumber.parse("150102880730303", Fixtures.DEFAULTS);
    assertThat(n.province()).isEqualTo(Province.INNER_MONGOLIA);
    assertThat(n.sex()).isEqualTo(Sex.MALE);
    assertThat(n.toString()).isEqualTo("150*********303");
    assertThat(n.kind()).isEqualTo(IdKind.RESIDENT_ID_15);
  }
}
