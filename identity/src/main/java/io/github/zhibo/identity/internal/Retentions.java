package io.github.zhibo.identity.internal;

import java.time.Period;
import java.util.Objects;

/** The one check every identity builder applies to the retention it gives its ledger records. */
public final class Retentions {
  private Retentions() {}

  /**
   * {@code retention}, if positive.
   *
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static Period requirePositive(Period retention) {
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) throw new IllegalArgumentException("retention must be positive");
    return retention;
  }
}
