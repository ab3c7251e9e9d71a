package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.EMPTY;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.UNKNOWN_NUMBER_RANGE;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_LENGTH;

import io.github.zhibo.core.id.ParsePolicy;

/** Eleven digits whose first three are a number range the policy's {@code MobileNumberRanges} allow. */
public final class MobileChecker {

  private static final int LENGTH = 11;

  private MobileChecker() {}

  /** Checks {@code s} under {@code policy}; allocation-free. */
  public static long check(CharSequence s, ParsePolicy policy) {
    int n = s.length();
    if (n == 0) {
      return Verdict.error(EMPTY, -1);
    }
    int limit = Math.min(n, LENGTH);
    for (int i = 0; i < limit; i++) {
      if (!Chars.isDigit(s.charAt(i))) {
        return Verdict.error(ILLEGAL_CHARACTER, i);
      }
    }
    if (n != LENGTH) {
      return Verdict.error(WRONG_LENGTH, limit);
    }
    return policy.mobileRanges().containsRangeOf(s)
        ? Verdict.OK
        : Verdict.error(UNKNOWN_NUMBER_RANGE, 0);
  }
}
