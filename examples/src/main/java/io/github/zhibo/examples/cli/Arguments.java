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

  /** Largest N accepted: a century of working days is more than any period the texts set. */
  static final int MAX_DAYS = 25_000;

  /** ASCII digits only (no sign, no full-width or other scripts' digits), 0..{@link #MAX_DAYS}. */
  static int nonNegativeInt(String field, String value) {
    if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadInputException(field + ": not a non-negative integer in ASCII digits");
    }
    if (value.length() > 9 || Integer.parseInt(value) > MAX_DAYS) {
      throw new BadInputException(field + ": too large (at most " + MAX_DAYS + ")");
    }
    return Integer.parseInt(value);
  }
}
