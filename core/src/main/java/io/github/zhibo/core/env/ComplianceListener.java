package io.github.zhibo.core.env;

/**
 * Receives {@link ComplianceEvent}s. Called synchronously on the component's thread: keep it fast and
 * non-blocking, and make it thread-safe, since components call it from several threads. A listener that
 * throws is ignored by the component (its failure must not change a compliance decision).
 */
@FunctionalInterface
public interface ComplianceListener {

  /** Handles one event. */
  void onEvent(ComplianceEvent event);

  /** A listener that drops every event. */
  static ComplianceListener none() {
    return event -> {};
  }
}
