package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * A fine range in yuan as a penalty article states it. "一万元以下" is {@code 0..10000}.
 *
 * @param offender whom the range applies to
 * @param minYuan the lower bound, inclusive
 * @param maxYuan the upper bound, inclusive
 */
public record FineRange(Offender offender, long minYuan, long maxYuan) {

  /** Whom a range applies to; most articles give one range for every offender. */
  public enum Offender {
    /** Every offender the penalty article names. */
    ANY,
    /** 个人: natural persons. */
    INDIVIDUAL,
    /** 单位: organisations. */
    ORGANISATION
  }

  public FineRange {
    Objects.requireNonNull(offender, "offender");
    if (minYuan < 0 || maxYuan < minYuan || maxYuan == 0) {
      throw new IllegalArgumentException("a fine range needs 0 <= min <= max, max > 0: " + minYuan + ".." + maxYuan);
    }
  }

  @Override
  public String toString() {
    return offender + ":" + minYuan + ".." + maxYuan;
  }
}
