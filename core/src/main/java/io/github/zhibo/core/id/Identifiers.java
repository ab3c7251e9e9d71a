package io.github.zhibo.core.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Operations across identifier kinds. Stateless and thread-safe. */
public final class Identifiers {

  private Identifiers() {}

  /**
   * Every kind {@code s} is valid as under {@code policy}, in {@link IdKind} order.
   *
   * <p>More than one kind is a real case, not a bug: an 18-digit string can be a valid resident ID and a
   * valid USCC at once. Callers that must pick one should ask the user rather than guess.
   */
  public static List<IdKind> detect(CharSequence s, ParsePolicy policy) {
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(policy, "policy");
    List<IdKind> kinds = new ArrayList<>(2);
    for (IdKind kind : IdKind.values()) {
      if (kind.isValid(s, policy)) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }
}
