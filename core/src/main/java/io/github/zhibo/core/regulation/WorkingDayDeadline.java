package io.github.zhibo.core.regulation;

import io.github.zhibo.core.time.Deadline;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period counted in mainland-China working days (工作日), and the event it counts from. The start day
 * is not counted; the period ends at the end of the last working day (see the working-day calendar).
 *
 * @param workingDays how many working days, at least 1
 * @param countsFrom the event that starts the period
 * @param anchorStated whether the text itself names that event; {@code false} where zhibo chose the reading
 *     (Order 117 Art. 15's 7 working days name no start; we count from the operator's report)
 * @param source the article that sets the period
 */
public record WorkingDayDeadline(int workingDays, Start countsFrom, boolean anchorStated, ArticleRef source) {

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

  /**
   * The last day of this period when it starts on {@code start} (the start day itself not counted): the end
   * of the {@code workingDays}-th working day after it, 调休 make-up days included.
   *
   * @throws io.github.zhibo.core.time.CalendarDataMissingException if {@code calendar} lacks data for a year
   *     the period touches and its policy is strict
   */
  public LocalDate dueDate(LocalDate start, WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(Objects.requireNonNull(start, "start"), workingDays);
  }

  /** Like {@link #dueDate}, with whether the answer rests on provisional calendar data. */
  public Deadline dueDateDetailed(LocalDate start, WorkingDayCalendar calendar) {
    return calendar.addWorkingDaysDetailed(Objects.requireNonNull(start, "start"), workingDays);
  }
}
