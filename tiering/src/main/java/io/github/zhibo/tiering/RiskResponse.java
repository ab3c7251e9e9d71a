package io.github.zhibo.tiering;

import io.github.zhibo.core.check.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * The responder's answer for one room: a decision per signal, and the overall outcome — {@code ALLOW} when
 * there was nothing to do, {@code DENY} when a measure was taken, {@code REVIEW} when the model failed or a
 * signal needs a human. Immutable.
 *
 * @param roomId the room
 * @param outcome the overall outcome
 * @param decisions one per signal, in the model's order
 */
public record RiskResponse(String roomId, Outcome outcome, List<MeasureDecision> decisions) {
  /** Validates and copies. */
  public RiskResponse {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(outcome, "outcome");
    decisions = List.copyOf(decisions);
  }
}
