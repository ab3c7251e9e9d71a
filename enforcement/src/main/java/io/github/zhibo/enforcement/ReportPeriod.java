package io.github.zhibo.enforcement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a report document covers, both included.
 *
 * @param from the first day
 * @param to the last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  /** Validates the parts. */
  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) throw new IllegalArgumentException("a period cannot end before it starts");
  }

  /** Whether {@code day} lies within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
