package io.github.zhibo.core.time.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks the bundled lunar-date table against two computations made here: ICU's Chinese calendar
 * (which identifies the lunar month, leap months included) and Meeus' new-moon and solar-longitude
 * series (which fix the day). ICU's own astronomy is coarser, so where a new moon falls within minutes of
 * midnight China time the two may differ by a day; the test then requires the Meeus day, and a margin
 * wide enough that Meeus' own error cannot flip it.
 */
class StatutoryFallbackTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /**
   * Meeus' series is within well under a minute of modern ephemerides for these decades, and Delta T is
   * known to about a minute. The tightest case is 春节 2027: new moon 23:56 on 6 Feb, China time, so 6 Feb
   * (the date the Hong Kong Observatory and Purple Mountain Observatory calendars publish), not ICU's 7 Feb.
   */
  private static final Duration NEW_MOON_MARGIN = Duration.ofMinutes(2);
  private static final Duration SOLAR_TERM_MARGIN = Duration.ofMinutes(20);

  private final StatutoryFallback fallback = StatutoryFallback.bundled();

  static IntStream tableYears() {
    return IntStream.rangeClosed(2024, 2050);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableYears")
  void lunarDates_matchIndependentComputation(int year) {
    LunarDates bundled = fallback.lunarDates(year).orElseThrow();
    Map<String, LocalDate> icu = icuFestivals(year);
    assertThat(bundled.springFestival()).as("春节 %d", year)
        .isEqualTo(refineWithMeeus(icu.get("1-1"), 1, year));
    assertThat(bundled.dragonBoat()).as("端午 %d", year).isEqualTo(refineWithMeeus(icu.get("5-5"), 5, year));
    assertThat(bundled.midAutumn()).as("中秋 %d", year).isEqualTo(refineWithMeeus(icu.get("8-15"), 15, year));
    assertThat(bundled.qingming()).as("清明 %d", year).isEqualTo(qingming(year));
  }

  /** The Meeus new moon of the lunation ICU names gives the first day of the month, China time. */
  private static LocalDate refineWithMeeus(LocalDate icuDate, int dayOfMonth, int year) {
    assertThat(icuDate).as("ICU finds the festival in %d", year).isNotNull();
    LocalDate icuMonthStart = icuDate.minusDays(dayOfMonth - 1L);
    ZonedDateTime newMoon = Meeus.newMoonNear(icuMonthStart).atZone(CHINA);
    assertThat(marginToMidnight(newMoon)).as("new moon %s is clear of midnight", newMoon)
        .isGreaterThan(NEW_MOON_MARGIN);
    LocalDate refined = newMoon.toLocalDate().plusDays(dayOfMonth - 1L);
    assertThat(Math.abs(refined.toEpochDay() - icuDate.toEpochDay())).as("ICU within a day").isLessThanOrEqualTo(1);
    return refined;
  }

  private static LocalDate qingming(int year) {
    ZonedDateTime meeus = Meeus.qingming(year).atZone(CHINA);
    assertThat(marginToMidnight(meeus)).as("清明 %s is clear of midnight", meeus).isGreaterThan(SOLAR_TERM_MARGIN);
    CalendarAstronomer astro = new CalendarAstronomer(
        LocalDate.of(year, 3, 20).atStartOfDay(CHINA).toInstant().toEpochMilli());
    LocalDate icu = LocalDate.ofInstant(Instant.ofEpochMilli(astro.getSunTime(Math.PI / 12, true)), CHINA);
    assertThat(icu).as("ICU agrees on 清明 %d", year).isEqualTo(meeus.toLocalDate());
    return meeus.toLocalDate();
  }

  private static Duration marginToMidnight(ZonedDateTime t) {
    Duration sinceMidnight = Duration.between(LocalTime.MIDNIGHT, t.toLocalTime());
    Duration untilMidnight = Duration.ofDays(1).minus(sinceMidnight);
    return sinceMidnight.compareTo(untilMidnight) < 0 ? sinceMidnight : untilMidnight;
  }

  /** Non-leap month-day → Gregorian date, for the days the festivals need. */
  private static Map<String, LocalDate> icuFestivals(int year) {
    Map<String, LocalDate> found = new HashMap<>();
    ChineseCalendar cc = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      cc.setTimeInMillis(d.atTime(12, 0).atZone(CHINA).toInstant().toEpochMilli());
      if (cc.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
        found.put((cc.get(ChineseCalendar.MONTH) + 1) + "-" + cc.get(ChineseCalendar.DAY_OF_MONTH), d);
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2024, 2025, 2026})
  void lunarDates_areRestDaysInTheOfficialSchedules(int year) {
    LunarDates lunar = fallback.lunarDates(year).orElseThrow();
    YearSchedule official = BundledSchedules.all().stream().filter(s -> s.year() == year).findFirst().orElseThrow();
    for (LocalDate d : new LocalDate[] {lunar.springFestival(), lunar.springFestival().plusDays(2),
        lunar.qingming(), lunar.dragonBoat(), lunar.midAutumn()}) {
      boolean weekend = ScheduleReader.isWeekend(d);
      assertThat(official.deviations().get(d) == Boolean.FALSE || weekend)
          .as("%s is a rest day in the %d notice", d, year).isTrue();
    }
  }

  @Test
  void holidays_followArt2() {
    assertThat(fallback.covers(2024)).isFalse(); // before the revised Art. 2
    assertThat(fallback.covers(2050)).isTrue();
    assertThat(fallback.covers(2051)).isFalse();
    // 2027: 春节 Sat 6 Feb → 除夕 5 Feb to 初三 8 Feb
    assertThat(fallback.holidays(2027)).hasSize(13).contains(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 2), LocalDate.of(2027, 6, 9),
        LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 3));
    assertThatThrownBy(() -> fallback.holidays(2051)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dayTable_fallbackOnlyYears_areProvisional() {
    DayTable t = new DayTable(java.util.List.of(), io.github.zhibo.core.time.MissingYearPolicy.STATUTORY_FALLBACK,
        fallback);
    assertThat(t.isProvisional(LocalDate.of(2025, 3, 3))).isTrue();
    assertThat(t.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
  }
}
