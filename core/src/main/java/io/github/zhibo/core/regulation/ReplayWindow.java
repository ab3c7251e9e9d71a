package io.github.zhibo.core.regulation;

import java.time.Period;
import java.util.Objects;

/**
 * How long a buyer must be able to watch the replay of the live that produced the order (回放).
 *
 * @param minimum the minimum availability, e.g. {@code P30D}
 * @param countsFrom the event the window counts from
 * @param source the article that sets the window
 */
public record ReplayWindow(Period minimum, RetentionAnchor countsFrom, ArticleRef source) {

  public ReplayWindow {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(countsFrom, "countsFrom");
    Objects.requireNonNull(source, "source");
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException("a replay window must be positive: " + minimum);
    }
  }
}
