package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_NUMBER_RANGE;

import io.github.zhibo.core.id.ParsePolicy;

/** Eleven digits whose first three are a number range the policy's {@code MobileNumberRanges} allow. */
public final class MobileChecker {

  private static final int LENGTH = 11;

  private MobileChecker() {}

  /** Checks {@code s} under {@code policy}; allocation-free. */
  public static long check(CharSequence s, ParsePolicy policy) {
    long shape = Shape.scan(s, LENGTH, policy, Shape.DIGITS);
    if (shape != Verdict.OK) {
      return shape;
    }
    return policy.mobileRanges().containsRangeOf(s)
        ? Verdict.OK
        : Verdict.error(UNKNOWN_NUMBER_RANGE, 0);
  }
}
