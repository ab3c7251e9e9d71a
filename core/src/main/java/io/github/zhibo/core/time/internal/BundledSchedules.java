package io.github.zhibo.core.time.internal;

import io.github.zhibo.core.time.CalendarDataException;
import io.github.zhibo.core.time.CalendarError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council schedules shipped inside zhibo-core (facts from NateScarlet/holiday-cn, MIT licence,
 * kept as {@code LICENSE-holiday-cn.txt} beside the data). Read once; the list is immutable.
 */
public final class BundledSchedules {

  /** The notice years bundled; extend together with the resources. */
  static final List<Integer> YEARS = List.of(2024, 2025, 2026);

  private static final List<YearSchedule> ALL = load();

  private BundledSchedules() {}

  /** The bundled schedules, oldest first. */
  public static List<YearSchedule> all() {
    return ALL;
  }

  private static List<YearSchedule> load() {
    List<YearSchedule> schedules = new ArrayList<>();
    for (int year : YEARS) {
      String name = "/io/github/zhibo/core/time/cn-" + year + ".txt";
      try (InputStream in = BundledSchedules.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new CalendarDataException(CalendarError.BUNDLED_DATA_UNREADABLE, "resource missing: " + name);
        }
        YearSchedule s = ScheduleReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (s.year() != year) {
          throw new CalendarDataException(CalendarError.BUNDLED_DATA_UNREADABLE, name + " holds year " + s.year());
        }
        schedules.add(s);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + name, e);
      }
    }
    return List.copyOf(schedules);
  }
}
