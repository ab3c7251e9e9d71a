package io.github.zhibo.training;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.JsonPath;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link TrainingGate#forMarketers}: the gate over the marketers of one live. Immutable; thread-safe if the source is. */
final class MarketersCheck implements Check<List<PartyId>> {

  private final TrainingGate gate;
  private final TrainingRecordSource source;

  MarketersCheck(TrainingGate gate, TrainingRecordSource source) {
    this.gate = gate;
    this.source = source;
  }

  @Override
  public Decision check(List<PartyId> marketers, CheckContext context) {
    Objects.requireNonNull(marketers, "marketers");
    Decision result = context.allow();
    for (int i = 0; i < marketers.size(); i++) {
      PartyId id = Objects.requireNonNull(marketers.get(i), "marketer");
      JsonPath path = JsonPath.of("marketers[" + i + "]");
      Optional<TrainingRecord> record;
      try {
        record = Objects.requireNonNull(source.find(id), "source answered null");
      } catch (RuntimeException e) {
        // the platform's store failed: fail closed, and keep its message (it may quote the subject) out
        String error = e.getClass().getSimpleName();
        context.environment().emit(new ComplianceEvent.ComponentFailed(context.clock().instant(),
            context.profileId(), "training.recordSource", error));
        Finding f = context.finding(TrainingRules.RECORD_UNAVAILABLE, Obligation.MARKETER_TRAINING,
                Severity.WARNING, "training.recordUnavailable")
            .evidence(Evidence.of("cause", EvidenceValue.code(error.isEmpty() ? "unknown" : error)))
            .path(path)
            .build();
        result = result.and(Decision.review(List.of(f)));
        continue;
      }
      Decision d = gate.check(record.orElseGet(() -> TrainingRecord.none(id)), context);
      result = result.and(new Decision(d.outcome(), d.profile(), d.findings().stream().map(f -> f.at(path)).toList()));
    }
    return result;
  }

  @Override
  public String name() {
    return "training";
  }
}
