package io.github.zhibo.core.regulation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of measures as one article names them, in the article's order (mildest first in both texts).
 *
 * @param measures the measures, distinct, never empty
 * @param termsZh the article's own Chinese term for each measure
 * @param source the article that lists them
 */
public record MeasureList(List<Measure> measures, Map<Measure, String> termsZh, ArticleRef source) {

  public MeasureList {
    measures = List.copyOf(measures);
    termsZh = Map.copyOf(termsZh);
    Objects.requireNonNull(source, "source");
    if (measures.isEmpty() || measures.size() != measures.stream().distinct().count()) {
      throw new IllegalArgumentException("measures must be distinct and non-empty: " + measures);
    }
    if (!termsZh.keySet().equals(java.util.Set.copyOf(measures))) {
      throw new IllegalArgumentException("every listed measure needs exactly one Chinese term: " + termsZh.keySet());
    }
  }

  /** Whether the article names {@code measure}. */
  public boolean contains(Measure measure) {
    return termsZh.containsKey(measure);
  }
}
