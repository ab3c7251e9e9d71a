package io.github.zhibo.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalPeriodsTest {

  @ParameterizedTest(name = "{0} + {1} months = {2}")
  @CsvSource({
    "2025-08-31, 3, 2025-11-30", // no 31 Nov: month end (民法典 Art. 202)
    "2025-11-30, 3, 2026-02-28",
    "2024-02-29, 12, 2025-02-28",
    "2024-01-31, 1, 2024-02-29",
    "2026-02-28, 6, 2026-08-28", // a short month's last day is not "month end" for the target
    "2025-10-01, 0, 2025-10-01",
  })
  void plusMonths_clampsToMonthEnd(LocalDate anchor, int months, LocalDate expected) {
    assertThat(LegalPeriods.plusMonths(anchor, months)).isEqualTo(expected);
  }

  @Test
  void plusYears_leapDay() {
    assertThat(LegalPeriods.plusYears(LocalDate.of(2024, 2, 29), 3)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void negativePeriods_rejected() {
    assertThatThrownBy(() -> LegalPeriods.plusMonths(LocalDate.of(2025, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
    assertThatThrownBy(() -> LegalPeriods.plusYears(LocalDate.of(2025, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
  }

  @Test
  void chinaZone_convertsAcrossMidnight() {
    Instant fridayLateUtc = Instant.parse("2026-02-13T16:30:00Z"); // already Saturday 00:30 in Beijing
    assertThat(ChinaZone.dateOf(fridayLateUtc)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(ChinaZone.today(Clock.fixed(fridayLateUtc, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(ChinaZone.dateOf(Instant.parse("2026-02-13T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 2, 13));
  }
}
