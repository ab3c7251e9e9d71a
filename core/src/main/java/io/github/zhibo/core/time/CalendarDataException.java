package io.github.zhibo.core.time;

import io.github.zhibo.core.ZhiboException;

/**
 * Thrown when schedule data offered to {@link WorkingDayCalendar.Builder} is malformed, contradictory or
 * empty. The message names the line and the rule broken, so the operator can fix the file; a rejected
 * schedule never half-loads.
 */
public final class CalendarDataException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code one of {@link CalendarError#MALFORMED_SCHEDULE}, {@link CalendarError#INVALID_SCHEDULE},
   *     {@link CalendarError#UNPUBLISHED_SCHEDULE}, {@link CalendarError#BUNDLED_DATA_UNREADABLE}
   * @param detail the line and the rule broken
   */
  public CalendarDataException(CalendarError code, String detail) {
    super(code, detail);
  }
}
