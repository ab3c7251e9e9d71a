package io.github.zhibo.core.time.internal;

import io.github.zhibo.core.time.CalendarDataException;
import io.github.zhibo.core.time.CalendarError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rest days 全国年节及纪念日放假办法 Art. 2 (as revised 2024-11-10, in force 2025-01-01) fixes for
 * every year, without the yearly notice's bridging and make-up days. Immutable and thread-safe.
 */
public final class StatutoryFallback {

  /** The first year the revised Art. 2 (13 statutory days) applies to. */
  public static final int REVISED_RULES_FROM = 2025;

  static final String RESOURCE = "/io/github/zhibo/core/time/statutory-lunar-dates.txt";

  private static final StatutoryFallback BUNDLED = load();

  private final Map<Integer, LunarDates> byYear;
  private final int lastYear;

  StatutoryFallback(Map<Integer, LunarDates> byYear) {
    TreeMap<Integer, LunarDates> sorted = new TreeMap<>(byYear);
    if (sorted.isEmpty() || sorted.lastKey() < REVISED_RULES_FROM) {
      throw unreadable("no year from " + REVISED_RULES_FROM);
    }
    this.byYear = Collections.unmodifiableMap(sorted);
    this.lastYear = sorted.lastKey();
  }

  /** The fallback over zhibo's bundled lunar-date table. */
  public static StatutoryFallback bundled() {
    return BUNDLED;
  }

  /** The bundled lunar dates of {@code year}, if the table has that year. */
  public Optional<LunarDates> lunarDates(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** True when the fallback can answer for every day of {@code year}. */
  public boolean covers(int year) {
    return year >= REVISED_RULES_FROM && byYear.containsKey(year);
  }

  /** The last year the fallback covers. */
  public int lastYear() {
    return lastYear;
  }

  /**
   * The statutory rest days of {@code year} (weekends not included).
   *
   * @throws IllegalArgumentException if the year is not {@linkplain #covers(int) covered}
   */
  public Set<LocalDate> holidays(int year) {
    if (!covers(year)) {
      throw new IllegalArgumentException("no statutory fallback for " + year);
    }
    LunarDates lunar = byYear.get(year);
    Set<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, 1, 1));
    for (int i = -1; i <= 2; i++) {
      days.add(lunar.springFestival().plusDays(i));
    }
    days.add(lunar.qingming());
    days.add(LocalDate.of(year, 5, 1));
    days.add(LocalDate.of(year, 5, 2));
    days.add(lunar.dragonBoat());
    days.add(lunar.midAutumn());
    for (int d = 1; d <= 3; d++) {
      days.add(LocalDate.of(year, 10, d));
    }
    return Collections.unmodifiableSet(days);
  }

  private static StatutoryFallback load() {
    try (InputStream in = StatutoryFallback.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw unreadable("resource missing");
      }
      return new StatutoryFallback(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw unreadable(e.toString());
    }
  }

  static Map<Integer, LunarDates> parse(BufferedReader lines) throws IOException {
    Map<Integer, LunarDates> table = new TreeMap<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split(" ");
      try {
        LunarDates dates = new LunarDates(LocalDate.parse(f[1]), LocalDate.parse(f[2]),
            LocalDate.parse(f[3]), LocalDate.parse(f[4]));
        if (f.length != 5 || dates.year() != Integer.parseInt(f[0]) || table.put(dates.year(), dates) != null) {
          throw unreadable("bad row '" + line + "'");
        }
      } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
        throw unreadable("bad row '" + line + "'");
      }
    }
    return table;
  }

  private static CalendarDataException unreadable(String detail) {
    return new CalendarDataException(CalendarError.BUNDLED_DATA_UNREADABLE, "lunar-date table: " + detail);
  }
}
