package io.github.zhibo.examples.cli;

import java.time.LocalDate;
import io.github.zhibo.core.time.CalendarDataMissingException;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Strict parsing of command-line fields, each failure one line naming the field. */
final class Arguments {

  private Arguments() {}

  static LocalDate isoDate(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(field + ": not an ISO date (yyyy-MM-dd)");
    }
  }

  static int nonNegativeInt(String field, String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadInputException(field + ": not an integer");
    }
    if (n < 0) {
      throw new BadInputException(field + ": must be >= 0");
    }
    return n;
  }

  /** An answer of the bundled calendar; a year without data is the DATE field's problem, not a crash. */
  static <T> T fromCalendar(Supplier<T> answer) {
    try {
      return answer.get();
    } catch (CalendarDataMissingException e) {
      throw new BadInputException("DATE: no working-day data for " + e.year() + " (load that year's arrangement)");
    }
  }
}
