package io.github.zhibo.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
}
