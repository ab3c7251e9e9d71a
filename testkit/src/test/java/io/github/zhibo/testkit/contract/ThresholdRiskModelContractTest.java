package io.github.zhibo.testkit.contract;

import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.tiering.RiskSignal;
import io.github.zhibo.tiering.spi.RiskModel;
import java.util.List;

/** tiering ships no model of its own: this runs the contract against the simplest model a platform writes. */
class ThresholdRiskModelContractTest extends RiskModelContract {
  @Override
  protected RiskModel model() {
    return c -> c.features().getOrDefault("falsePromotionScore", 0.0) > 0.8
        ? List.of(RiskSignal.of("FALSE_PROMOTION_SUSPECTED", ViolationGrade.values()[0]))
        : List.of();
  }
}
