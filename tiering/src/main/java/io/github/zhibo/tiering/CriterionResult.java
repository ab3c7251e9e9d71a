package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ArticleRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One criterion that fired in a decision, with what was observed and what it was compared to: the
 * explanation a platform shows the room operator or an auditor. Immutable.
 *
 * @param criterion the criterion's label, e.g. {@code FOLLOWERS>=1000000} (a hold carries the keep
 *     threshold: {@code HOLD:FOLLOWERS>=900000})
 * @param metric the metric tested
 * @param kind what it did
 * @param observed the room's value as plain text ({@code 1200000}, {@code 0.004}, {@code true},
 *     {@code FOOD|DRUG} for categories)
 * @param threshold the threshold compared against (the keep threshold for a hold), or {@code null} for
 *     flags and categories
 * @param tier the tier a tier rule grants, {@code null} for key-subject triggers
 * @param article the article the criterion enforces, under the decision's profile
 */
public record CriterionResult(String criterion, Metric metric, CriterionKind kind, String observed,
    @Nullable String threshold, @Nullable Tier tier, ArticleRef article) {

  /** Validates the parts. */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(article, "article");
  }
}
