package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingYearTest {

  @ParameterizedTest(name = "ROLLING: completed {0}, as of {1} -> {2}")
  @CsvSource({
    "2025-06-01, 2026-06-01, true",   // exactly twelve months: the last day of the period
    "2025-05-31, 2026-06-01, false",  // one day more
    "2025-06-02, 2026-06-01, true",
    "2026-06-01, 2026-06-01, true",   // same day
    "2026-06-02, 2026-06-01, false",  // after the day checked: not yet done
    "2024-02-29, 2025-02-28, true",   // leap day: period ends on the month's last day
    "2024-02-29, 2025-03-01, false",
    "2025-02-28, 2026-02-28, true",
    "2023-02-28, 2024-02-29, false",  // 2023-02-28 + 12 months = 2024-02-28
  })
  void rollingBoundary(LocalDate completed, LocalDate asOf, boolean covered) {
    assertThat(TrainingYear.ROLLING.covers(completed, asOf)).isEqualTo(covered);
  }

  @ParameterizedTest(name = "CALENDAR: completed {0}, as of {1} -> {2}")
  @CsvSource({
    "2026-01-01, 2026-01-01, true",
    "2025-12-31, 2026-01-01, false",  // the year turned: last year's training no longer counts
    "2026-12-31, 2026-12-31, true",
    "2026-07-01, 2026-03-01, false",  // later in the year than the day checked
    "2025-12-31, 2025-12-31, true",
  })
  void calendarBoundary(LocalDate completed, LocalDate asOf, boolean covered) {
    assertThat(TrainingYear.CALENDAR.covers(completed, asOf)).isEqualTo(covered);
  }

  /** firstDay is exactly the boundary: it is covered, the day before it is not (seeded sweep over days). */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20260203L})
  void firstDayIsTheBoundary(long seed) {
    var random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
      for (TrainingYear year : TrainingYear.values()) {
        LocalDate first = year.firstDay(asOf);
        assertThat(year.covers(first, asOf)).as("seed %d %s %s", seed, year, asOf).isTrue();
        assertThat(year.covers(first.minusDays(1), asOf)).as("seed %d %s %s", seed, year, asOf).isFalse();
        assertThat(year.covers(asOf, asOf)).isTrue();
      }
    }
  }

  @Test
  void rollingFirstDayOnLeapDay() {
    assertThat(TrainingYear.ROLLING.firstDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(TrainingYear.ROLLING.firstDay(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(TrainingYear.CALENDAR.firstDay(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
  }
}
