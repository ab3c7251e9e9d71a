package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * A period counted in mainland-China working days (工作日), and the event it counts from. The start day
 * is not counted; the period ends at the end of the last working day (see the working-day calendar).
 *
 * @param workingDays how many working days, at least 1
 * @param countsFrom the event that starts the period
 * @param source the article that sets the period
 */
public record WorkingDayDeadline(int workingDays, Start countsFrom, ArticleRef source) {

  /** What starts a working-day period. */
  public enum Start {
    /** The displayed information changed (信息发生变更). */
    INFORMATION_CHANGED,
    /** The platform received the operator's change report. */
    CHANGE_REPORT_RECEIVED,
    /** The platform received the regulator's notice (接到市场监督管理部门通报). */
    REGULATOR_NOTICE_RECEIVED
  }

  public WorkingDayDeadline {
    Objects.requireNonNull(countsFrom, "countsFrom");
    Objects.requireNonNull(source, "source");
    if (workingDays < 1) {
      throw new IllegalArgumentException("a deadline needs at least 1 working day: " + workingDays);
    }
  }
}
