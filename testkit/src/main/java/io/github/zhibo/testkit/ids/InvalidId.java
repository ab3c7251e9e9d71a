package io.github.zhibo.testkit.ids;

import io.github.zhibo.core.id.IdErrorCode;
import io.github.zhibo.core.id.IdKind;
import java.util.Objects;

/**
 * An invalid identifier and what the parser must say about it.
 *
 * @param kind the kind it is offered as
 * @param mutation how it was broken
 * @param raw the string to parse
 * @param expected the error code {@code kind.tryParse(raw, ParsePolicy.defaults(clock))} must give
 */
public record InvalidId(IdKind kind, Mutation mutation, String raw, IdErrorCode expected) {

  /** Validates the parts. */
  public InvalidId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(expected, "expected");
  }

  /** Leaves the value out: synthetic numbers may coincide with real ones; reproduce from the seed. */
  @Override
  public String toString() {
    return "InvalidId[" + kind + " " + mutation + " -> " + expected + ", length " + raw.length() + "]";
  }
}
