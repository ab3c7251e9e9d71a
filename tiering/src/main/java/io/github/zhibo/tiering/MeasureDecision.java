package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The responder's answer to one signal. Immutable.
 *
 * @param signal the signal
 * @param outcome what was done
 * @param measure the measure taken, or {@code null} for {@link MeasureOutcome#REVIEW}
 * @param article the risk-monitoring article (draft Art. 12, Order 117 Art. 13) it was decided under
 */
public record MeasureDecision(RiskSignal signal, MeasureOutcome outcome, @Nullable Measure measure,
    ArticleRef article) {
  /** Validates the combination. */
  public MeasureDecision {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(article, "article");
    if ((measure == null) != (outcome == MeasureOutcome.REVIEW)) {
      throw new IllegalArgumentException("a measure is taken exactly unless the outcome is REVIEW");
    }
  }

  /** The measure taken, if any. */
  public Optional<Measure> taken() {
    return Optional.ofNullable(measure);
  }
}
