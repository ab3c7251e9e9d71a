package io.github.zhibo.identity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportMonthsTest {

  /** Every day of two years: the month is a report month, never before the day, and the first such. */
  @Test
  void reportMonthIsTheFirstReportMonthNotBeforeTheDay() {
    for (var profile : java.util.List.of(Fixtures.ORDER_117, Fixtures.DRAFT_2025)) {
      var months = profile.reportMonths();
      for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
        YearMonth m = ReportMonths.reportMonth(d, months);
        assertThat(months).contains(m.getMonth());
        assertThat(m.isBefore(YearMonth.from(d))).isFalse();
        for (YearMonth between = YearMonth.from(d); between.isBefore(m); between = between.plusMonths(1)) {
          assertThat(months).doesNotContain(between.getMonth());
        }
      }
    }
    assertThat(ReportMonths.reportMonth(LocalDate.of(2026, 2, 1), Fixtures.ORDER_117.reportMonths()))
        .isEqualTo(YearMonth.of(2026, 7));
    assertThat(ReportMonths.reportMonth(LocalDate.of(2026, 8, 1), Fixtures.ORDER_117.reportMonths()))
        .isEqualTo(YearMonth.of(2027, 1));
  }
}
