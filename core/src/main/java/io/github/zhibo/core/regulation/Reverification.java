package io.github.zhibo.core.regulation;

import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * How often the platform must re-verify the identity it registered (核验更新).
 *
 * @param interval the longest allowed gap between two verifications, e.g. {@code P6M}
 * @param subjects whose identity is re-verified
 * @param source the article that sets the interval
 */
public record Reverification(Period interval, Set<Subject> subjects, ArticleRef source) {

  public Reverification {
    Objects.requireNonNull(interval, "interval");
    subjects = Set.copyOf(subjects);
    Objects.requireNonNull(source, "source");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("re-verification interval must be positive: " + interval);
    }
  }
}
