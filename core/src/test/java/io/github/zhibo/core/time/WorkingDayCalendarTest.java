package io.github.zhibo.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Worked vectors of the research notes (computed from the State Council schedules), bundled data. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar cal = WorkingDayCalendar.chinaMainland();

  @org.junit.jupiter.api.Test
  void theEndOfTimeIsATypedError_notARawDateTimeException() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cal.addWorkingDays(java.time.LocalDate.MAX, 1))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageStartingWith("ZB-CAL-");
    org.assertj.core.api.Assertions.assertThat(cal.addWorkingDays(java.time.LocalDate.MAX, 0)).isEqualTo(java.time.LocalDate.MAX);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2025-09-30, 5, 2025-10-14", // National Day 2025; make-up Saturday 10-11 counts
    "2026-02-12, 5, 2026-02-26", // Spring Festival 2026: Fri 2-13, make-up Sat 2-14, then 2-24…2-26
    "2026-09-30, 5, 2026-10-13", // National Day 2026
    "2026-01-01, 5, 2026-01-08", // New Year 2026: day 1 is the make-up Sunday 01-04
    "2026-06-12, 5, 2026-06-22", // Dragon Boat 2026
    "2025-01-24, 5, 2025-02-07", // Spring Festival 2025: Sunday 01-26 is day 1
    "2026-04-30, 3, 2026-05-08", // May Day 2026
    "2026-02-13, 3, 2026-02-25",
    "2025-09-26, 3, 2025-09-30", // Sunday 09-28 is a working day
    "2025-02-07, 1, 2025-02-08", // make-up Saturday after Spring Festival 2025
    "2026-02-27, 1, 2026-02-28", // make-up Saturday after Spring Festival 2026
    "2026-09-19, 1, 2026-09-20", // make-up Sunday before National Day 2026
    "2026-10-09, 1, 2026-10-10", // make-up Saturday after National Day 2026
  })
  void addWorkingDays_workedVectors(LocalDate start, int n, LocalDate expected) {
    assertThat(cal.addWorkingDays(start, n)).isEqualTo(expected);
    Deadline d = cal.addWorkingDaysDetailed(start, n);
    assertThat(d.date()).isEqualTo(expected);
    assertThat(d.provisional()).isFalse();
    assertThat(d.dataVersion()).contains("2026=holiday-cn 2025.11.04");
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
    "2025-01-26, true", "2025-02-08, true", "2025-09-28, true", "2025-10-11, true", // 2025 make-up days
    "2026-01-04, true", "2026-02-14, true", "2026-02-28, true", "2026-05-09, true",
    "2026-09-20, true", "2026-10-10, true", // 2026 make-up days
    "2025-01-28, false", "2025-02-04, false", "2025-10-08, false", // 2025 holidays on weekdays
    "2026-02-16, false", "2026-02-23, false", "2026-10-07, false", "2026-09-25, false",
    "2026-02-24, true", "2026-10-08, true", // first days back
    "2026-02-21, false", "2026-07-04, false", // ordinary weekend days
  })
  void isWorkingDay_springFestivalAndNationalDay(LocalDate date, boolean expected) {
    assertThat(cal.isWorkingDay(date)).isEqualTo(expected);
    WorkingDayAnswer a = cal.isWorkingDayDetailed(date);
    assertThat(a.workingDay()).isEqualTo(expected);
    assertThat(a.provisional()).isFalse();
  }

  @ParameterizedTest(name = "{0} has 248 working days")
  @ValueSource(ints = {2025, 2026})
  void workingDaysPerYear_is248(int year) {
    int count = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      count += cal.isWorkingDay(d) ? 1 : 0;
    }
    assertThat(count).isEqualTo(248);
    assertThat(cal.addWorkingDays(LocalDate.of(year - 1, 12, 31), 248))
        .isEqualTo(lastWorkingDayOf(year));
  }

  private LocalDate lastWorkingDayOf(int year) {
    LocalDate d = LocalDate.of(year, 12, 31);
    while (!cal.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Test
  void yearBoundary_strict_throwsWithMissingYear() {
    assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2026, 12, 29), 5))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> {
          assertThat(e.year()).isEqualTo(2027);
          assertThat(e.code()).isEqualTo(CalendarError.DATA_MISSING);
          assertThat(e.getMessage()).startsWith("ZB-CAL-0001: ").contains("2027");
        });
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 12, 29), 2)).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void isWorkingDay_outsideData_throws() {
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2023, 12, 29)))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> assertThat(e.year()).isEqualTo(2023));
  }

  @Test
  void addWorkingDays_startBeforeData_countsFromFirstKnownDay() {
    // the start day itself is not counted, so its year need not be known
    assertThat(cal.addWorkingDays(LocalDate.of(2023, 12, 31), 1)).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2023, 12, 30), 1))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> assertThat(e.year()).isEqualTo(2023));
  }

  @Test
  void addWorkingDays_zeroReturnsStart_negativeRejected() {
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(cal.addWorkingDays(LocalDate.of(2031, 2, 15), 0)).isEqualTo(LocalDate.of(2031, 2, 15));
    assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2026, 2, 15), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2026, 2, 15), Integer.MAX_VALUE))
        .isInstanceOf(CalendarDataMissingException.class);
  }

  @ParameterizedTest(name = "Art. 203: {0} rolls to {1}")
  @CsvSource({
    "2026-01-01, 2026-01-04", // holiday → the make-up Sunday
    "2026-02-28, 2026-02-28", // Saturday, but a make-up working day
    "2025-11-30, 2025-12-01", // Sunday → Monday
    "2026-10-01, 2026-10-08",
    "2026-07-01, 2026-07-01",
  })
  void rollForward_art203(LocalDate nominal, LocalDate legal) {
    assertThat(cal.rollForward(nominal)).isEqualTo(legal);
    assertThat(cal.rollForwardDetailed(nominal)).isEqualTo(new Deadline(legal, false, cal.dataVersion()));
  }

  @ParameterizedTest(name = "{0} + {1} months: nominal {2}, legal {3}")
  @CsvSource({
    "2025-10-01, 3, 2026-01-01, 2026-01-04",
    "2025-11-30, 3, 2026-02-28, 2026-02-28",
    "2025-08-31, 3, 2025-11-30, 2025-12-01",
    "2026-07-01, 3, 2026-10-01, 2026-10-08",
  })
  void monthPeriod_nominalThenLegal(LocalDate anchor, int months, LocalDate nominal, LocalDate legal) {
    LocalDate n = LegalPeriods.plusMonths(anchor, months);
    assertThat(n).isEqualTo(nominal);
    assertThat(cal.rollForward(n)).isEqualTo(legal);
  }

  @ParameterizedTest(name = "Art. 9 window {0}: first {1}, last {2}")
  @CsvSource({
    "2025-01-01, 2025-01-02, 2025-01-27",
    "2026-01-01, 2026-01-04, 2026-01-30",
    "2026-07-01, 2026-07-01, 2026-07-31",
  })
  void reportMonth_firstAndLastWorkingDay(LocalDate monthStart, LocalDate first, LocalDate last) {
    assertThat(cal.rollForward(monthStart)).isEqualTo(first);
    LocalDate d = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
    while (!cal.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    assertThat(d).isEqualTo(last);
  }

  @Test
  void bundledData_provenance() {
    assertThat(cal.loadedYears()).containsExactly(2024, 2025, 2026);
    assertThat(cal.missingYearPolicy()).isEqualTo(MissingYearPolicy.FAIL);
    assertThat(cal.schedule(2026)).hasValueSatisfying(s -> {
      assertThat(s.version()).isEqualTo("holiday-cn 2025.11.04");
      assertThat(s.notices()).singleElement().asString().endsWith("202511/content_7047091.htm");
    });
    assertThat(cal.schedule(2025).orElseThrow().notices()).singleElement().asString()
        .endsWith("202411/content_6986383.htm");
    assertThat(cal.schedule(2027)).isEmpty();
    assertThat(cal.dataVersion())
        .isEqualTo("2024=holiday-cn 2023.10.25; 2025=holiday-cn 2024.11.12; 2026=holiday-cn 2025.11.04");
  }

  @Test
  void bundledData_licenceShippedBesideData() {
    assertThat(WorkingDayCalendar.class.getResource("LICENSE-holiday-cn.txt")).isNotNull();
  }

  @Test
  void makeUpWorkingDays_countMatchesNotices() {
    // 2025 has 5 make-up working days, 2026 has 6 (State Council notices)
    assertThat(workingWeekendDays(2025)).isEqualTo(5);
    assertThat(workingWeekendDays(2026)).isEqualTo(6);
  }

  private int workingWeekendDays(int year) {
    int n = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (weekend && cal.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void deadline_endsAtMidnightChinaTime() {
    Deadline d = cal.addWorkingDaysDetailed(LocalDate.of(2025, 9, 30), 5);
    assertThat(d.endExclusive()).hasToString("2025-10-14T16:00:00Z");
  }
}
