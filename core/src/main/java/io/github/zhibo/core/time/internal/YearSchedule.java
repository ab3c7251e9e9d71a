package io.github.zhibo.core.time.internal;

import io.github.zhibo.core.time.ScheduleInfo;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One validated State Council schedule: its provenance and the days that deviate from the Monday–Friday
 * week ({@code true} = working day, {@code false} = rest day), in date order.
 */
public record YearSchedule(ScheduleInfo info, Map<LocalDate, Boolean> deviations) {

  /** Copies the deviations into an unmodifiable, date-ordered map. */
  public YearSchedule {
    Objects.requireNonNull(info, "info");
    deviations = Collections.unmodifiableMap(new TreeMap<>(deviations));
  }

  /** The notice year. */
  public int year() {
    return info.year();
  }
}
