package io.github.zhibo.core.time.internal;

import io.github.zhibo.core.time.CalendarDataMissingException;
import io.github.zhibo.core.time.MissingYearPolicy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Every day from 1 January of the first known year to 31 December of the last, as flags plus prefix
 * counts over epoch days, so that each query is a few array reads (no search, no allocation on success).
 * Immutable once built, hence thread-safe.
 */
public final class DayTable {

  private static final byte WORK = 1;
  private static final byte MISSING = 2;
  private static final byte PROVISIONAL = 4;

  private final long base;
  private final int firstYear;
  private final int lastYear;
  private final boolean fallback;
  private final int fallbackLastYear;
  private final byte[] flags;
  /** {@code workBefore[i]} = working days among table days 0 … i-1. */
  private final int[] workBefore;
  private final int[] missingBefore;
  private final int[] provisionalBefore;
  /** Table index of the k-th working day (k from 0). */
  private final int[] workDays;

  /**
   * Builds the table.
   *
   * @param schedules loaded schedules; later notice years override earlier ones on a shared December day
   * @param policy what fills a year without a schedule
   * @param statutory the fallback used under {@link MissingYearPolicy#STATUTORY_FALLBACK}
   */
  public DayTable(Collection<YearSchedule> schedules, MissingYearPolicy policy, StatutoryFallback statutory) {
    this.fallback = policy == MissingYearPolicy.STATUTORY_FALLBACK;
    this.fallbackLastYear = statutory.lastYear();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (YearSchedule s : schedules) {
      first = Math.min(first, s.year());
      last = Math.max(last, s.year());
    }
    if (fallback) {
      first = Math.min(first, StatutoryFallback.REVISED_RULES_FROM);
      last = Math.max(last, fallbackLastYear);
    }
    if (first > last) {
      throw new IllegalStateException("no schedule loaded and policy FAIL: the calendar could answer nothing");
    }
    this.firstYear = first;
    this.lastYear = last;
    this.base = LocalDate.of(first, 1, 1).toEpochDay();
    this.flags = new byte[(int) (LocalDate.of(last + 1, 1, 1).toEpochDay() - base)];
    fillYears(schedules, statutory);
    for (YearSchedule s : schedules) {
      applyDeviations(s.deviations());
    }
    this.workBefore = new int[flags.length + 1];
    this.missingBefore = new int[flags.length + 1];
    this.provisionalBefore = new int[flags.length + 1];
    this.workDays = new int[countFlags()];
    fillPrefixSums();
  }

  private void fillYears(Collection<YearSchedule> schedules, StatutoryFallback statutory) {
    boolean[] loaded = new boolean[lastYear - firstYear + 1];
    schedules.forEach(s -> loaded[s.year() - firstYear] = true);
    for (int y = firstYear; y <= lastYear; y++) {
      if (loaded[y - firstYear]) {
        fillWeek(y, (byte) 0);
      } else if (fallback && statutory.covers(y)) {
        fillWeek(y, PROVISIONAL);
        for (LocalDate d : statutory.holidays(y)) {
          flags[index(d)] = PROVISIONAL;
        }
      } else {
        int from = index(LocalDate.of(y, 1, 1));
        Arrays.fill(flags, from, index(LocalDate.of(y, 12, 31)) + 1, MISSING);
      }
    }
  }

  private void fillWeek(int year, byte extra) {
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      flags[index(d)] = (byte) ((ScheduleReader.isWeekend(d) ? 0 : WORK) | extra);
    }
  }

  /** A notice's own days are known facts, whatever filled their year before. */
  private void applyDeviations(Map<LocalDate, Boolean> deviations) {
    deviations.forEach((date, working) -> {
      long i = date.toEpochDay() - base;
      if (i >= 0 && i < flags.length) {
        flags[(int) i] = working ? WORK : 0;
      }
    });
  }

  private int countFlags() {
    int n = 0;
    for (byte f : flags) {
      n += f & WORK;
    }
    return n;
  }

  private void fillPrefixSums() {
    int k = 0;
    for (int i = 0; i < flags.length; i++) {
      byte f = flags[i];
      boolean work = (f & WORK) != 0;
      if (work) {
        workDays[k++] = i;
      }
      workBefore[i + 1] = workBefore[i] + (work ? 1 : 0);
      missingBefore[i + 1] = missingBefore[i] + ((f & MISSING) != 0 ? 1 : 0);
      provisionalBefore[i + 1] = provisionalBefore[i] + ((f & PROVISIONAL) != 0 ? 1 : 0);
    }
  }

  private int index(LocalDate date) {
    return (int) (date.toEpochDay() - base);
  }

  /** Flags of a known day. @throws CalendarDataMissingException if the day is not known */
  private byte known(LocalDate date) {
    long i = date.toEpochDay() - base;
    if (i < 0 || i >= flags.length || (flags[(int) i] & MISSING) != 0) {
      throw missing(date.getYear());
    }
    return flags[(int) i];
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return (known(date) & WORK) != 0;
  }

  /** Whether the answer for {@code date} was guessed by the fallback. */
  public boolean isProvisional(LocalDate date) {
    return (known(date) & PROVISIONAL) != 0;
  }

  /**
   * The epoch day of the n-th working day strictly after {@code startEpochDay}; {@code n >= 1}.
   *
   * @throws CalendarDataMissingException if a day in between is not known
   */
  public long addWorkingDays(long startEpochDay, int n) {
    long s = startEpochDay - base;
    if (s < -1 || s >= flags.length) {
      throw missing(LocalDate.ofEpochDay(startEpochDay + 1).getYear());
    }
    int si = (int) s;
    long k = (long) workBefore[si + 1] + n - 1;
    if (k >= workDays.length) {
      throw missing(firstMissingYearAfter(si));
    }
    int r = workDays[(int) k];
    if (missingBefore[r + 1] != missingBefore[si + 1]) {
      throw missing(firstMissingYearAfter(si));
    }
    return base + r;
  }

  /** Whether any day in {@code (fromEpochDay, toEpochDay]} was guessed by the fallback. */
  public boolean anyProvisional(long fromEpochDay, long toEpochDay) {
    int from = (int) Math.max(-1, fromEpochDay - base);
    int to = (int) Math.min(flags.length - 1, toEpochDay - base);
    return to > from && provisionalBefore[to + 1] != provisionalBefore[from + 1];
  }

  private int firstMissingYearAfter(int index) {
    for (int i = index + 1; i < flags.length; i++) {
      if ((flags[i] & MISSING) != 0) {
        return LocalDate.ofEpochDay(base + i).getYear();
      }
    }
    return lastYear + 1;
  }

  private CalendarDataMissingException missing(int year) {
    String detail = fallback && year >= StatutoryFallback.REVISED_RULES_FROM && year > fallbackLastYear
        ? "no schedule for " + year + ", and the statutory fallback reaches " + fallbackLastYear + " only"
        : "no schedule for " + year + " (not published yet, or not loaded): load it with"
            + " WorkingDayCalendar.builder().addYear(...), or opt into MissingYearPolicy.STATUTORY_FALLBACK";
    return new CalendarDataMissingException(year, detail);
  }
}
