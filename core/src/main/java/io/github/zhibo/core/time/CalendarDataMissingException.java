package io.github.zhibo.core.time;

import io.github.zhibo.core.ZhiboException;

/**
 * Thrown when an answer depends on a day of a year whose State Council schedule is not loaded (code
 * {@code ZB-CAL-0001}).
 *
 * <p>Failing is the default because every silent guess is wrong in one direction or the other: a
 * weekends-only guess misses holidays (a deadline too early) and make-up working days (too late). The
 * platform either loads the year ({@link WorkingDayCalendar.Builder#addYear(java.io.Reader)}) or opts
 * into {@link MissingYearPolicy#STATUTORY_FALLBACK}, whose answers are marked provisional.
 */
public final class CalendarDataMissingException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  private final int year;

  /**
   * Creates the exception.
   *
   * @param year the first year, in counting order, whose data was needed and missing
   * @param detail what to do about it; never personal data
   */
  public CalendarDataMissingException(int year, String detail) {
    super(CalendarError.DATA_MISSING, detail);
    this.year = year;
  }

  /** The year whose schedule is missing, so the platform can load exactly that year. */
  public int year() {
    return year;
  }
}
