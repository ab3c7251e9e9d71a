package io.github.zhibo.core.id.internal;

import io.github.zhibo.core.id.ParsePolicy;

/** One kind's check routine, returning a packed {@link Verdict}. */
@FunctionalInterface
public interface Checker {

  /** Checks {@code s} (already normalised if the policy is lenient). */
  long check(CharSequence s, ParsePolicy policy);
}
