package io.github.zhibo.core.time;

import io.github.zhibo.core.ErrorCode;

/**
 * Stable codes of the working-day calendar. Platforms alert on {@link #DATA_MISSING}: it means a
 * deadline could not be computed because a State Council schedule has not been loaded.
 */
public enum CalendarError implements ErrorCode {
  /** A date lies in a year for which no schedule is loaded and the policy gives no fallback. */
  DATA_MISSING("ZB-CAL-0001"),
  /** A schedule text does not follow the documented line format. */
  MALFORMED_SCHEDULE("ZB-CAL-0002"),
  /** A schedule is well formed but contradicts itself or the law (wrong year, duplicate date, …). */
  INVALID_SCHEDULE("ZB-CAL-0003"),
  /** A schedule lists no day at all: the notice for that year is not published yet. */
  UNPUBLISHED_SCHEDULE("ZB-CAL-0004"),
  /** The data bundled with zhibo could not be read; a packaging defect, never caused by input. */
  BUNDLED_DATA_UNREADABLE("ZB-CAL-0005");

  private final String id;

  CalendarError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
