package io.github.zhibo.core.id.internal;

import static io.github.zhibo.core.id.IdErrorCode.EMPTY;
import static io.github.zhibo.core.id.IdErrorCode.ILLEGAL_CHARACTER;
import static io.github.zhibo.core.id.IdErrorCode.WRONG_LENGTH;

import io.github.zhibo.core.id.ParsePolicy;

/**
 * The shape scan every checker shares, so that all kinds report shape errors in the same order: empty
 * input, then the first character the kind does not allow (within its length), then a wrong length.
 */
final class Shape {

  /** What one character means to a kind: {@link Verdict#OK} (possibly with warnings) or an error. */
  @FunctionalInterface
  interface CharRule {
    long check(int position, char c, ParsePolicy policy);
  }

  /** ASCII digits only. */
  static final CharRule DIGITS =
      (i, c, p) -> Chars.isDigit(c) ? Verdict.OK : Verdict.error(ILLEGAL_CHARACTER, i);

  private Shape() {}

  /**
   * {@link Verdict#OK} with the warnings {@code rule} gave, or the first shape error. Allocation-free;
   * rules take the policy as an argument so that they need not capture it.
   */
  static long scan(CharSequence s, int length, ParsePolicy policy, CharRule rule) {
    int n = s.length();
    if (n == 0) {
      return Verdict.error(EMPTY, -1);
    }
    long verdict = Verdict.OK;
    int limit = Math.min(n, length);
    for (int i = 0; i < limit; i++) {
      long v = rule.check(i, s.charAt(i), policy);
      if (!Verdict.isOk(v)) {
        return v;
      }
      verdict |= v;
    }
    return n == length ? verdict : Verdict.error(WRONG_LENGTH, limit);
  }
}
