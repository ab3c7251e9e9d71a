package io.github.zhibo.blacklist;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one query: the decision and the hits behind it, best first (blocking hits before review
 * hits, then by score, then by entry id).
 *
 * @param queryId the query's id
 * @param verdict BLOCK if any hit blocks, REVIEW if any hit reviews, otherwise CLEAR (and no hits)
 * @param hits the matched entries
 */
public record ScreeningResult(String queryId, Verdict verdict, List<Hit> hits) {
  public ScreeningResult {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(verdict, "verdict");
    hits = List.copyOf(hits);
    if ((verdict == Verdict.CLEAR) != hits.isEmpty()) {
      throw new IllegalArgumentException("CLEAR exactly when there are no hits");
    }
  }
}
