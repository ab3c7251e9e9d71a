package io.github.zhibo.tiering;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tier of a policy and its service scope (服务范围及功能): the platform functions a room in this tier may
 * use, as the platform's own UPPER_SNAKE ids, in the policy's order. Immutable.
 *
 * @param tier the tier
 * @param scope the function ids, distinct
 */
public record TierSpec(Tier tier, List<String> scope) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Validates the parts; scope ids are distinct UPPER_SNAKE. */
  public TierSpec {
    Objects.requireNonNull(tier, "tier");
    scope = List.copyOf(scope);
    for (String s : scope) {
      if (!ID.matcher(s).matches()) throw new IllegalArgumentException("a scope id is UPPER_SNAKE");
    }
    if (scope.stream().distinct().count() != scope.size()) {
      throw new IllegalArgumentException("scope ids must be distinct");
    }
  }
}
