package io.github.zhibo.core.time;

import io.github.zhibo.core.time.internal.BundledSchedules;
import io.github.zhibo.core.time.internal.DayTable;
import io.github.zhibo.core.time.internal.ScheduleReader;
import io.github.zhibo.core.time.internal.StatutoryFallback;
import io.github.zhibo.core.time.internal.YearSchedule;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Mainland China working days (工作日), from the State Council's yearly holiday notices: statutory holidays
 * <em>and</em> the make-up working Saturdays and Sundays (调休上班) that come with them.
 *
 * <p>Bundled: the notices for 2024, 2025 and 2026 (facts from NateScarlet/holiday-cn, MIT licence; the
 * 2026 schedule is that data set's tag 2025.11.04). Newer years arrive late each autumn; a platform loads
 * them without a zhibo release through {@link Builder#addYear(Reader)}.
 *
 * <p>A day of a year without a schedule is not guessed unless asked: by default every answer that
 * depends on one throws {@link CalendarDataMissingException}; {@link MissingYearPolicy#STATUTORY_FALLBACK}
 * answers instead and marks the answer provisional (see the {@code …Detailed} methods).
 *
 * <p>Dates are China dates; convert instants with {@link ChinaZone#dateOf(java.time.Instant)} first.
 * Each query is a few array reads over precomputed prefix counts. Instances are immutable and
 * thread-safe; the builder is not.
 */
public final class WorkingDayCalendar {

  private static final WorkingDayCalendar CHINA_MAINLAND = builder().build();

  private final Map<Integer, YearSchedule> schedules;
  private final MissingYearPolicy policy;
  private final String dataVersion;
  private final DayTable table;

  private WorkingDayCalendar(Builder b) {
    this.schedules = Map.copyOf(b.schedules);
    this.policy = b.policy;
    String years = b.schedules.values().stream()
        .map(s -> s.year() + "=" + s.info().version())
        .collect(Collectors.joining("; "));
    String fallback = policy == MissingYearPolicy.STATUTORY_FALLBACK
        ? "other years=statutory fallback to " + StatutoryFallback.bundled().lastYear()
        : "";
    this.dataVersion = years.isEmpty() || fallback.isEmpty() ? years + fallback : years + "; " + fallback;
    this.table = new DayTable(new TreeMap<>(b.schedules).values(), policy, StatutoryFallback.bundled());
  }

  /** The bundled mainland China calendar with the strict {@link MissingYearPolicy#FAIL} policy. */
  public static WorkingDayCalendar chinaMainland() {
    return CHINA_MAINLAND;
  }

  /** A builder that starts from the bundled schedules and the strict policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@code date} is a working day: a Monday to Friday not declared a rest day, or a Saturday or
   * Sunday declared a make-up working day.
   *
   * @throws CalendarDataMissingException if the date's year has no schedule and the policy is FAIL
   */
  public boolean isWorkingDay(LocalDate date) {
    return table.isWorkingDay(Objects.requireNonNull(date, "date"));
  }

  /** {@link #isWorkingDay(LocalDate)} with the provenance a stored decision needs. */
  public WorkingDayAnswer isWorkingDayDetailed(LocalDate date) {
    boolean working = isWorkingDay(date);
    return new WorkingDayAnswer(date, working, table.isProvisional(date), dataVersion);
  }

  /**
   * The last day of a period of {@code n} working days that starts after {@code start}: the start day is
   * not counted (民法典 Art. 201), whatever kind of day it is, and the period ends at 24:00 of the result.
   * {@code n == 0} returns {@code start}.
   *
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws CalendarDataMissingException if a day up to the result lies in a year without a schedule
   *     and the policy is FAIL
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0 working days, was " + n);
    }
    if (n > 0 && start.equals(LocalDate.MAX)) {
      // The day after LocalDate.MAX does not exist; no schedule covers it either.
      throw new CalendarDataMissingException(LocalDate.MAX.getYear(), "a period after " + LocalDate.MAX
          + " runs past the last representable date; no schedule covers it");
    }
    return n == 0 ? start : LocalDate.ofEpochDay(table.addWorkingDays(start.toEpochDay(), n));
  }

  /**
   * {@link #addWorkingDays(LocalDate, int)} with provenance: provisional when any day counted over was
   * guessed by the fallback.
   */
  public Deadline addWorkingDaysDetailed(LocalDate start, int n) {
    LocalDate end = addWorkingDays(start, n);
    return new Deadline(end, table.anyProvisional(start.toEpochDay(), end.toEpochDay()), dataVersion);
  }

  /**
   * 民法典 Art. 203: when the last day of a calendar period is a statutory rest day (a weekend or a
   * holiday), the period ends on the next working day instead. A make-up working Saturday or Sunday is
   * not a rest day, so it stays. Returns {@code lastDay} itself when it is a working day.
   */
  public LocalDate rollForward(LocalDate lastDay) {
    return isWorkingDay(lastDay) ? lastDay : addWorkingDays(lastDay, 1);
  }

  /** {@link #rollForward(LocalDate)} with provenance. */
  public Deadline rollForwardDetailed(LocalDate lastDay) {
    LocalDate end = rollForward(lastDay);
    boolean provisional = table.isProvisional(lastDay) || table.anyProvisional(lastDay.toEpochDay(), end.toEpochDay());
    return new Deadline(end, provisional, dataVersion);
  }

  /** The notice years loaded, ascending. Years answered by the fallback are not among them. */
  public List<Integer> loadedYears() {
    return List.copyOf(new TreeMap<>(schedules).keySet());
  }

  /** Provenance of a loaded year's schedule. */
  public Optional<ScheduleInfo> schedule(int year) {
    return Optional.ofNullable(schedules.get(year)).map(YearSchedule::info);
  }

  /**
   * Identifies the data behind every answer: each loaded notice year with its supplier's version, e.g.
   * {@code 2025=holiday-cn 2024.11.12; 2026=holiday-cn 2025.11.04}, followed under the fallback policy
   * by {@code other years=statutory fallback to 2050}. Store it with each deadline.
   */
  public String dataVersion() {
    return dataVersion;
  }

  /** What happens with a year that has no schedule. */
  public MissingYearPolicy missingYearPolicy() {
    return policy;
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[years=" + loadedYears() + ", policy=" + policy + "]";
  }

  /**
   * Assembles a calendar: the bundled schedules, replaced or extended by platform-supplied years, and a
   * policy for years without one. Not thread-safe; the calendar it builds is.
   */
  public static final class Builder {

    private final Map<Integer, YearSchedule> schedules = new TreeMap<>();
    private MissingYearPolicy policy = MissingYearPolicy.FAIL;

    private Builder() {
      BundledSchedules.all().forEach(s -> schedules.put(s.year(), s));
    }

    /** Drops every schedule loaded so far, the bundled ones included, e.g. to test against own data. */
    public Builder withoutBundledData() {
      schedules.clear();
      return this;
    }

    /**
     * Loads one year's State Council schedule, replacing any schedule already loaded for that year (the
     * State Council has amended schedules mid-year). The reader is consumed, not closed.
     *
     * <p><b>Format 1</b> (UTF-8 text, one item per line; blank lines and lines starting with {@code #}
     * are ignored):
     *
     * <pre>
     * format 1
     * year 2027
     * version my-mirror 2026-11-20
     * notice https://www.gov.cn/zhengce/…/content_….htm
     * 2027-01-01 off 元旦
     * 2027-02-06 work 春节
     * </pre>
     *
     * The headers come first: {@code format 1} on the first line, then exactly one {@code year} and
     * {@code version}, and one or more {@code notice}. Each day line is {@code YYYY-MM-DD}, one space,
     * {@code off} (a holiday rest day) or {@code work} (a make-up working day), and optionally a space and
     * the holiday's name. Only days that deviate from the Monday–Friday week are listed, as in the
     * State Council notice and in holiday-cn's JSON ({@code isOffDay true → off, false → work}).
     *
     * <p>Why a line format and not holiday-cn's JSON: core has no JSON library at compile scope, a
     * hand-written JSON reader is a larger attack and bug surface than a five-rule line format, and the
     * text diffs cleanly in review. Converting a holiday-cn file is a one-line {@code jq} filter.
     *
     * <p>Checks, all before anything is loaded: every day belongs to the notice year or to December of
     * the year before (a notice can move the New Year bridge into late December); no date twice; a
     * {@code work} day is a Saturday or Sunday; the fixed statutory dates (1 Jan, 1 May, 1–3 Oct, and
     * from 2025 2 May) are listed {@code off}, which catches truncated files; and a schedule with no day
     * is rejected as <em>unpublished</em> (holiday-cn keeps empty placeholders for next year).
     *
     * @throws CalendarDataException naming the line and the rule broken
     */
    public Builder addYear(Reader schedule) {
      YearSchedule s = ScheduleReader.read(Objects.requireNonNull(schedule, "schedule"));
      schedules.put(s.year(), s);
      return this;
    }

    /** {@link #addYear(Reader)} for UTF-8 bytes. The stream is consumed, not closed. */
    public Builder addYear(InputStream schedule) {
      return addYear(new InputStreamReader(Objects.requireNonNull(schedule, "schedule"), StandardCharsets.UTF_8));
    }

    /** Chooses what happens with a year that has no schedule; default {@link MissingYearPolicy#FAIL}. */
    public Builder missingYearPolicy(MissingYearPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the immutable calendar.
     *
     * @throws IllegalStateException if no schedule is loaded and the policy is FAIL (it could answer
     *     nothing)
     */
    public WorkingDayCalendar build() {
      return new WorkingDayCalendar(this);
    }
  }
}
