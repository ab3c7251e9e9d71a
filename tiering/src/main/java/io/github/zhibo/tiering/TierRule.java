package io.github.zhibo.tiering;

import java.util.Objects;

/**
 * A tier criterion: a room meeting {@code criterion} is at least in {@code tier}. Rules only raise; a room is
 * in the highest tier any rule grants, or {@code T1}. Immutable.
 *
 * @param criterion the test
 * @param tier the tier it grants
 */
public record TierRule(Criterion criterion, Tier tier) {
  /** Validates the parts. */
  public TierRule {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(tier, "tier");
  }
}
