package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.time.ChinaZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The simulation's clock: stands still on one day (10:00 in China) until the engine moves it on, so every
 * component that asks the time gets the simulated day and nothing sleeps. Thread-safe (the instant is
 * volatile; only the engine's thread moves it).
 */
public final class SimClock extends Clock {
  private static final LocalTime AT = LocalTime.of(10, 0);
  private volatile Instant now;

  /** A clock on {@code day}. */
  public SimClock(LocalDate day) {
    this.now = day.atTime(AT).atZone(ChinaZone.ZONE).toInstant();
  }

  /** Moves the clock to {@code day}, 10:00 in China. */
  public void set(LocalDate day) {
    now = day.atTime(AT).atZone(ChinaZone.ZONE).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ChinaZone.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ChinaZone.ZONE)) {
      return this;
    }
    throw new UnsupportedOperationException("the simulation clock runs in China's zone only");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
