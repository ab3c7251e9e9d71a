package io.github.zhibo.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time zone every period of the regulation is counted in. An event's {@link Instant} must become a
 * China date before counting: 23:30 UTC on a Friday is already Saturday in Beijing, which moves every
 * deadline derived from it.
 */
public final class ChinaZone {

  /** Asia/Shanghai: UTC+8 all year, no daylight saving. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaZone() {}

  /** The China calendar date on which {@code instant} falls. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), ZONE);
  }

  /** Today in China by the injected clock, whatever the clock's own zone. */
  public static LocalDate today(Clock clock) {
    return dateOf(Objects.requireNonNull(clock, "clock").instant());
  }
}
