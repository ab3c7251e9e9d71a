package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.regulation.Measure;

/**
 * Receives a subject whose re-verification is overdue past the grace period, with the disposal measure the
 * platform configured for it, so the platform's enforcement takes it. Called at most once per due day and
 * subject; must be safe for concurrent calls. An exception leaves the escalation to the next run.
 */
@FunctionalInterface
public interface EscalationHandler {

  /** Takes {@code measure} against the subject of {@code entry}. */
  void escalate(DueEntry entry, Measure measure);

  /** A handler that does nothing (the ledger record and the event are still made). */
  static EscalationHandler none() {
    return (entry, measure) -> { };
  }
}
