package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.time.ChinaZone;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants a pre-live decision is measured against: now (the environment's clock) and the reference —
 * the live's start, or now if the live has already started — from which the freshness window reaches back.
 *
 * @param now the decision's time
 * @param startAt the live's scheduled start
 */
public record LiveTiming(Instant now, Instant startAt) {

  /** The later of now and the start. */
  public Instant reference() {
    return startAt.isAfter(now) ? startAt : now;
  }

  /** The day in China the age and consent rules are judged on: the day of the reference instant. */
  public LocalDate day() {
    return LocalDate.ofInstant(reference(), ChinaZone.ZONE);
  }
}
