package io.github.zhibo.tiering.spi;

import io.github.zhibo.tiering.RiskContext;
import io.github.zhibo.tiering.RiskSignal;
import java.util.List;

/**
 * A platform's risk-identification model (风险识别模型 / 风险识别制度, draft Art. 12, Order 117 Art. 13): looks
 * at a room (usually during a live) and emits the signals it sees. The SDK never trusts it to pick the
 * measure: a signal's proposed measure is checked against the proportionality table.
 *
 * <p>Implementations must be thread-safe. A thrown exception is not fatal: the responder answers REVIEW
 * for that room (fail closed) and takes no measure.
 */
@FunctionalInterface
public interface RiskModel {

  /** The signals for {@code context}; empty if none. */
  List<RiskSignal> assess(RiskContext context);
}
