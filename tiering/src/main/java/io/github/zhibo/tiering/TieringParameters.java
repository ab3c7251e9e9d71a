package io.github.zhibo.tiering;

import io.github.zhibo.core.param.Parameter;
import java.time.Period;

/**
 * Platform parameters of the tiering module: values the texts leave open. Tier thresholds are not here —
 * they are the {@link TierPolicy}'s data.
 */
public final class TieringParameters {

  private TieringParameters() {}

  /**
   * How long a ledger record of a measure or a policy version is kept. Neither text gives a period for
   * these records (Order 117 Art. 12 ¶3 says "保存有关记录"); three years matches the texts' other records.
   */
  public static final Parameter<Period> RECORD_RETENTION = Parameter.of("tiering.recordRetention", Period.class,
      Period.ofYears(3), p -> !p.isNegative() && !p.isZero(), "retention of measure and policy-version records");

  /** The window of the compliance record that feeds {@code measures12m}. */
  public static final Parameter<Period> MEASURE_WINDOW = Parameter.of("tiering.measureWindow", Period.class,
      Period.ofMonths(12), p -> !p.isNegative() && !p.isZero(), "window of recorded measures counted for tiering");
}
