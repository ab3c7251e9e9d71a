package io.github.zhibo.core.time.internal;

import io.github.zhibo.core.time.CalendarDataException;
import io.github.zhibo.core.time.CalendarError;
import io.github.zhibo.core.time.ScheduleInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates one schedule in zhibo's line format 1 (documented on {@code
 * WorkingDayCalendar.Builder#addYear}). Everything is checked before anything is returned, so a bad file
 * never half-loads.
 */
public final class ScheduleReader {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2099;
  private static final Pattern DAY_LINE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (off|work)(?: (.*))?");
  private static final Pattern HEADER_LINE = Pattern.compile("([a-z]+) (\\S.*)");

  private @Nullable String format;
  private @Nullable Integer year;
  private @Nullable String version;
  private final List<String> notices = new ArrayList<>();
  private final Map<LocalDate, Boolean> days = new LinkedHashMap<>();

  private ScheduleReader() {}

  /**
   * Reads one schedule; does not close {@code reader}.
   *
   * @throws CalendarDataException if the text is malformed, invalid or lists no day
   */
  public static YearSchedule read(Reader reader) {
    ScheduleReader r = new ScheduleReader();
    r.readLines(reader);
    return r.finish();
  }

  private void readLines(Reader reader) {
    BufferedReader lines = new BufferedReader(reader);
    try {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank() && !line.startsWith("#")) {
          readLine(line, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read schedule", e);
    }
  }

  private void readLine(String line, int number) {
    Matcher day = DAY_LINE.matcher(line);
    if (day.matches()) {
      readDay(day.group(1), "work".equals(day.group(2)), number);
      return;
    }
    Matcher header = HEADER_LINE.matcher(line);
    if (!header.matches()) {
      throw malformed(number, "expected 'KEY VALUE' or 'YYYY-MM-DD off|work [NAME]'");
    }
    if (!days.isEmpty()) {
      throw malformed(number, "header line '" + header.group(1) + "' after the first day line");
    }
    readHeader(header.group(1), header.group(2).strip(), number);
  }

  private void readHeader(String key, String value, int number) {
    switch (key) {
      case "format":
        requireFirst(format == null, key, number);
        if (!"1".equals(value)) {
          throw malformed(number, "unsupported format '" + value + "', this version reads format 1");
        }
        format = value;
        break;
      case "year":
        requireFormatFirst(number);
        requireFirst(year == null, key, number);
        year = parseYear(value, number);
        break;
      case "version":
        requireFormatFirst(number);
        requireFirst(version == null, key, number);
        version = value;
        break;
      case "notice":
        requireFormatFirst(number);
        notices.add(value);
        break;
      default:
        throw malformed(number, "unknown header '" + key + "'");
    }
  }

  private void requireFormatFirst(int number) {
    if (format == null) {
      throw malformed(number, "the first line must be 'format 1'");
    }
  }

  private static void requireFirst(boolean first, String key, int number) {
    if (!first) {
      throw malformed(number, "header '" + key + "' given twice");
    }
  }

  private static int parseYear(String value, int number) {
    if (!value.matches("\\d{4}")) {
      throw malformed(number, "year must be four digits, was '" + value + "'");
    }
    int y = Integer.parseInt(value);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw invalid(number, "year " + y + " outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
    return y;
  }

  private void readDay(String text, boolean working, int number) {
    if (format == null || year == null || version == null) {
      throw malformed(number, "day line before the 'format', 'year' and 'version' headers");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw malformed(number, "'" + text + "' is not a calendar date");
    }
    requireInSchedule(date, year, number);
    if (days.containsKey(date)) {
      throw invalid(number, date + " is listed twice");
    }
    if (working && !isWeekend(date)) {
      throw invalid(number, "make-up working day " + date + " is a " + date.getDayOfWeek()
          + "; only a Saturday or Sunday can be one");
    }
    days.put(date, working);
  }

  /** A notice for year Y lists days of Y and, for the New Year bridge, of December Y-1. */
  private static void requireInSchedule(LocalDate date, int year, int number) {
    boolean sameYear = date.getYear() == year;
    boolean decemberBefore = date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
    if (!sameYear && !decemberBefore) {
      throw invalid(number, date + " does not belong to the " + year
          + " schedule (only " + year + " and December " + (year - 1) + ")");
    }
  }

  private YearSchedule finish() {
    if (format == null || year == null || version == null) {
      throw malformed(0, "missing header: a schedule needs 'format 1', 'year YYYY' and 'version V'");
    }
    if (notices.isEmpty()) {
      throw malformed(0, "missing header 'notice': name the State Council notice the data reproduces");
    }
    if (days.isEmpty()) {
      throw new CalendarDataException(CalendarError.UNPUBLISHED_SCHEDULE, "the " + year
          + " schedule lists no day: an empty schedule means the notice is not published yet,"
          + " not that the year has no holidays");
    }
    requireStatutoryFixedDays(year);
    return new YearSchedule(new ScheduleInfo(year, version, notices), days);
  }

  /** A truncated file would silently turn holidays into working days; the fixed dates catch that. */
  private void requireStatutoryFixedDays(int y) {
    List<LocalDate> fixed = new ArrayList<>(List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 5, 1),
        LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 2), LocalDate.of(y, 10, 3)));
    if (y >= StatutoryFallback.REVISED_RULES_FROM) {
      fixed.add(LocalDate.of(y, 5, 2));
    }
    for (LocalDate d : fixed) {
      if (!Boolean.FALSE.equals(days.get(d))) {
        throw invalid(0, "statutory holiday " + d + " (全国年节及纪念日放假办法 Art. 2) is not listed as 'off'");
      }
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static CalendarDataException malformed(int line, String detail) {
    return new CalendarDataException(CalendarError.MALFORMED_SCHEDULE, where(line) + detail);
  }

  private static CalendarDataException invalid(int line, String detail) {
    return new CalendarDataException(CalendarError.INVALID_SCHEDULE, where(line) + detail);
  }

  private static String where(int line) {
    return line > 0 ? "schedule line " + line + ": " : "schedule: ";
  }
}
