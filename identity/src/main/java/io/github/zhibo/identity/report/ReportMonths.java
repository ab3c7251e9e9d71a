package io.github.zhibo.identity.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/** Which report a day belongs to. */
public final class ReportMonths {

  private ReportMonths() {}

  /**
   * The report month {@code day} falls in, or, outside the report months, the next one: with January and July,
   * any day from 1 February to 31 July belongs to that year's July report, and any day from 1 August to 31
   * January to the next January's.
   *
   * @throws IllegalArgumentException if {@code months} is empty
   */
  public static YearMonth reportMonth(LocalDate day, Set<Month> months) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(months, "months");
    if (months.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one month");
    }
    YearMonth m = YearMonth.from(day);
    while (!months.contains(m.getMonth())) {
      m = m.plusMonths(1);
    }
    return m;
  }
}
