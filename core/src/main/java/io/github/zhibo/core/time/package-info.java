/**
 * Time arithmetic the regulation needs: the mainland China working-day calendar ({@link
 * io.github.zhibo.core.time.WorkingDayCalendar}), month and year periods ({@link
 * io.github.zhibo.core.time.LegalPeriods}) and the conversion of instants to China dates ({@link
 * io.github.zhibo.core.time.ChinaZone}).
 *
 * <p>Periods are counted as Chinese law counts them (民法典 Art. 200–204): the day of the event is not
 * counted; a working-day period ends at 24:00 of the n-th working day after it; a month period ends on
 * the corresponding day of the target month, or on that month's last day when there is none.
 */
@NullMarked
package io.github.zhibo.core.time;

import org.jspecify.annotations.NullMarked;
