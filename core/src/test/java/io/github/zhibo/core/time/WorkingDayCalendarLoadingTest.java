package io.github.zhibo.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading platform-supplied years, the fallback policy and the rejection of bad data. */
class WorkingDayCalendarLoadingTest {

  /** A made-up 2027 schedule for tests only (the real notice was not published when this was written). */
  private static final String TEST_2027 = String.join("\n",
      "# test data, not the real 2027 notice",
      "format 1",
      "year 2027",
      "version test 1",
      "notice test-notice-2027",
      "2026-12-31 off 元旦",
      "2027-01-01 off 元旦",
      "2027-02-05 off 春节",
      "2027-02-06 off 春节",
      "2027-02-07 off 春节",
      "2027-02-08 off 春节",
      "2027-02-20 work 春节",
      "2027-05-01 off 劳动节",
      "2027-05-02 off 劳动节",
      "2027-10-01 off 国庆节",
      "2027-10-02 off 国庆节",
      "2027-10-03 off 国庆节",
      "");

  private static WorkingDayCalendar with2027() {
    return WorkingDayCalendar.builder().addYear(new StringReader(TEST_2027)).build();
  }

  @Test
  void fallback_marksAnswersProvisional() {
    WorkingDayCalendar cal = WorkingDayCalendar.builder()
        .missingYearPolicy(MissingYearPolicy.STATUTORY_FALLBACK).build();
    Deadline d = cal.addWorkingDaysDetailed(LocalDate.of(2026, 12, 29), 5);
    // 12-30, 12-31, (1 Jan holiday, weekend), 01-04, 01-05, 01-06
    assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(d.provisional()).isTrue();
    assertThat(d.dataVersion()).endsWith("other years=statutory fallback to 2050");
    // Spring Festival 2027 falls on Sat 6 Feb: 除夕 Fri 5 Feb to 初三 Mon 8 Feb rest
    assertThat(cal.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
    assertThat(cal.isWorkingDayDetailed(LocalDate.of(2027, 3, 1)))
        .isEqualTo(new WorkingDayAnswer(LocalDate.of(2027, 3, 1), true, true, cal.dataVersion()));
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 10, 4))).isTrue(); // no bridging days are guessed
  }

  @Test
  void fallback_doesNotTouchLoadedYears() {
    WorkingDayCalendar cal = WorkingDayCalendar.builder()
        .missingYearPolicy(MissingYearPolicy.STATUTORY_FALLBACK).build();
    Deadline d = cal.addWorkingDaysDetailed(LocalDate.of(2026, 2, 12), 5);
    assertThat(d).isEqualTo(new Deadline(LocalDate.of(2026, 2, 26), false, cal.dataVersion()));
    assertThat(cal.isWorkingDayDetailed(LocalDate.of(2026, 2, 14)).provisional()).isFalse();
    assertThat(cal.rollForwardDetailed(LocalDate.of(2026, 12, 31)).provisional()).isFalse();
    assertThat(cal.rollForwardDetailed(LocalDate.of(2027, 1, 1)).provisional()).isTrue();
  }

  @Test
  void fallback_endsWithTheLunarTable() {
    WorkingDayCalendar cal = WorkingDayCalendar.builder()
        .missingYearPolicy(MissingYearPolicy.STATUTORY_FALLBACK).build();
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2051, 1, 3)))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> {
          assertThat(e.year()).isEqualTo(2051);
          assertThat(e.getMessage()).contains("2050");
        });
  }

  @Test
  void loadedYear_isNotProvisional_andAppliesItsDecemberDays() {
    WorkingDayCalendar cal = with2027();
    Deadline d = cal.addWorkingDaysDetailed(LocalDate.of(2026, 12, 29), 5);
    // 12-30; 12-31 moved to rest by the 2027 notice; 01-01 off; weekend; 01-04 … 01-07
    assertThat(d).isEqualTo(new Deadline(LocalDate.of(2027, 1, 7), false, cal.dataVersion()));
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(cal.loadedYears()).containsExactly(2024, 2025, 2026, 2027);
    assertThat(cal.dataVersion()).endsWith("2027=test 1");
    assertThat(cal.schedule(2027).orElseThrow().notices()).containsExactly("test-notice-2027");
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2028, 1, 3)))
        .isInstanceOfSatisfying(CalendarDataMissingException.class, e -> assertThat(e.year()).isEqualTo(2028));
  }

  @Test
  void addYear_replacesAnAmendedYear_andReadsUtf8Streams() {
    String amended2026 = TEST_2027.replace("2027", "2026").replace("2026-12-31 off", "2025-12-31 off")
        .replace("2026-02-20 work", "2026-02-21 work");
    WorkingDayCalendar cal = WorkingDayCalendar.builder()
        .addYear(new ByteArrayInputStream(amended2026.getBytes(StandardCharsets.UTF_8))).build();
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 21))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 5))).isTrue(); // the bundled bridge day is gone
    assertThat(cal.schedule(2026).orElseThrow().version()).isEqualTo("test 1");
  }

  @Test
  void withoutBundledData_onlyOwnYears() {
    WorkingDayCalendar cal = WorkingDayCalendar.builder().withoutBundledData()
        .addYear(new StringReader(TEST_2027)).build();
    assertThat(cal.loadedYears()).containsExactly(2027);
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2026, 6, 1)))
        .isInstanceOf(CalendarDataMissingException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.builder().withoutBundledData().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "wrong year of a date        | 2027-10-03 off 国庆节     | 2028-01-01 off x          | ZB-CAL-0003 | does not belong to the 2027 schedule",
    "November of the year before | 2026-12-31 off 元旦       | 2026-11-30 off x          | ZB-CAL-0003 | does not belong",
    "duplicate date              | 2027-05-02 off 劳动节     | 2027-05-01 work 劳动节    | ZB-CAL-0003 | listed twice",
    "make-up day on a weekday    | 2027-02-20 work 春节      | 2027-02-19 work 春节      | ZB-CAL-0003 | only a Saturday or Sunday",
    "statutory day missing       | 2027-10-02 off 国庆节     | ``                        | ZB-CAL-0003 | statutory holiday 2027-10-02",
    "impossible date             | 2027-02-20 work 春节      | 2027-02-30 work 春节      | ZB-CAL-0002 | not a calendar date",
    "garbage line                | 2027-02-20 work 春节      | 2027/02/20 work           | ZB-CAL-0002 | line 12",
    "unknown header              | version test 1            | version test 1\\nsource x  | ZB-CAL-0002 | unknown header 'source'",
    "header given twice          | version test 1            | version test 1\\nyear 2027 | ZB-CAL-0002 | 'year' given twice",
    "no notice                   | notice test-notice-2027   | ``                        | ZB-CAL-0002 | notice",
    "other format                | format 1                  | format 2                  | ZB-CAL-0002 | unsupported format",
    "year out of range           | year 2027                 | year 1999                 | ZB-CAL-0003 | outside",
  })
  void badData_rejectedWithLineAndRule(String name, String original, String replacement, String code, String message) {
    String text = TEST_2027.replace(original, replacement.replace("\\n", "\n"));
    assertThat(text).isNotEqualTo(TEST_2027);
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear(new StringReader(text)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith(code + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void headerAfterDay_rejected() {
    String text = TEST_2027 + "notice late\n";
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear(new StringReader(text)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("line 18").hasMessageContaining("after the first day line");
  }

  @Test
  void emptySchedule_isUnpublished_notHolidayFree() {
    String placeholder = "format 1\nyear 2027\nversion holiday-cn 2026.01.01\nnotice none-yet\n";
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear(new StringReader(placeholder)))
        .isInstanceOfSatisfying(CalendarDataException.class, e -> {
          assertThat(e.code()).isEqualTo(CalendarError.UNPUBLISHED_SCHEDULE);
          assertThat(e.getMessage()).startsWith("ZB-CAL-0004: ").contains("not published");
        });
  }

  @Test
  void rejectedYear_leavesBuilderUnchanged() {
    WorkingDayCalendar.Builder b = WorkingDayCalendar.builder();
    String bad = TEST_2027.replace("2027-02-20 work", "2027-02-19 work");
    assertThatThrownBy(() -> b.addYear(new StringReader(bad))).isInstanceOf(CalendarDataException.class);
    assertThat(b.build().loadedYears()).containsExactly(2024, 2025, 2026);
  }
}
