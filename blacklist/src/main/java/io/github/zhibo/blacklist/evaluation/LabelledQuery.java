package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.blacklist.ScreeningRecord;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A generated query with its ground truth.
 *
 * @param query the query as a platform would see it
 * @param kind what it is
 * @param targetEntryId the listed entry it evades, or null for a negative
 */
public record LabelledQuery(ScreeningRecord query, EvasionKind kind, @Nullable String targetEntryId) {
  public LabelledQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(kind, "kind");
    if (kind.negative() != (targetEntryId == null)) {
      throw new IllegalArgumentException("an evasion has a target entry, a negative has none");
    }
  }
}
