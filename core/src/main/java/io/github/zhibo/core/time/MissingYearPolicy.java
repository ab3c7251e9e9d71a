package io.github.zhibo.core.time;

/**
 * What the calendar does with a day of a year whose State Council schedule is not loaded.
 *
 * <p>The yearly notice usually appears between late October and early December, so deadlines computed
 * in late autumn can reach into a year nobody knows yet.
 */
public enum MissingYearPolicy {
  /** Throw {@link CalendarDataMissingException}. The default: no answer is better than a wrong one. */
  FAIL,
  /**
   * Assume Saturday and Sunday rest plus the statutory holidays fixed by 全国年节及纪念日放假办法 Art. 2 (元旦
   * 1 Jan; 春节 除夕 to 初三, four days; 清明; 劳动节 1–2 May; 端午; 中秋; 国庆 1–3 Oct), with no bridging
   * days and no make-up working days. Available for 2025 (when the revised Art. 2 took effect) to 2050
   * (the end of zhibo's lunar-date table); outside that range the calendar still fails.
   *
   * <p>Every answer that depends on such a day is marked {@code provisional}: the real notice adds
   * bridging rest days (the deadline may really be later) and make-up working weekends (it may really
   * be earlier). Persist the flag and recompute provisional deadlines when the year is loaded.
   */
  STATUTORY_FALLBACK
}
