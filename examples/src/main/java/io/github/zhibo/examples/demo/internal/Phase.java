package io.github.zhibo.examples.demo.internal;

import java.time.LocalDate;

/**
 * One feature of the simulated year. The engine calls every phase once a day, in a fixed order, with the
 * clock already on that day; a phase reads and changes the {@link Sim}, schedules later work on its agenda
 * and counts what it did in the tally. Phases run on the engine's thread only.
 */
public interface Phase {

  /** A short name for progress lines. */
  String name();

  /** Does the day's work. */
  void day(Sim sim, LocalDate day);

  /** Called once after the last day (to close what is still open); nothing by default. */
  default void finish(Sim sim, LocalDate lastDay) {}
}
