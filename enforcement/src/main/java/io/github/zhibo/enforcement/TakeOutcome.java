package io.github.zhibo.enforcement;

import io.github.zhibo.core.check.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What taking a measure produced: the decision (with findings when details were missing or the measure is not
 * permitted), and, when allowed, the measure record and the reports it owes.
 *
 * @param decision ALLOW when the measure was taken; DENY when it was refused and nothing was recorded
 * @param record the measure taken
 * @param reports the reports it owes, empty where the text requires none
 */
public record TakeOutcome(Decision decision, Optional<MeasureRecord> record, List<RegulatorReport> reports) {

  /** Validates the parts: a record exactly when allowed. */
  public TakeOutcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(record, "record");
    reports = List.copyOf(reports);
    if (decision.isAllowed() != record.isPresent()) {
      throw new IllegalArgumentException("a measure record exists exactly when the decision allows it");
    }
    if (record.isEmpty() && !reports.isEmpty()) throw new IllegalArgumentException("no measure, no reports");
  }

  /** Whether the measure was taken. */
  public boolean taken() {
    return record.isPresent();
  }
}
