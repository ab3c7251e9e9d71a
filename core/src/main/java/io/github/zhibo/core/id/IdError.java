package io.github.zhibo.core.id;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed parse failure. It never holds the input: only a position and, for check-character failures, the
 * expected and actual check characters, so support staff can tell a typo from a library bug without
 * seeing the number.
 *
 * @param code what is wrong
 * @param position 0-based index into the parsed string (the normalised string in lenient mode), or -1
 * @param kind the kind that was being parsed
 * @param expected the check character the number should have, for check-character errors only
 * @param actual the check character it has, for check-character errors only
 */
public record IdError(
    IdErrorCode code,
    int position,
    IdKind kind,
    @Nullable Character expected,
    @Nullable Character actual) {

  public IdError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    if (position < -1) {
      throw new IllegalArgumentException("position must be >= -1: " + position);
    }
  }

  /** An error without check characters. */
  public static IdError of(IdErrorCode code, int position, IdKind kind) {
    return new IdError(code, position, kind, null, null);
  }

  /** A message safe to log: kind, code, position and check characters, never the number. */
  public String describe() {
    StringBuilder sb = new StringBuilder(64).append(kind).append(": ").append(code);
    if (position >= 0) {
      sb.append(" at position ").append(position);
    }
    if (expected != null) {
      sb.append(" (expected '").append(expected.charValue()).append('\'');
      if (actual != null) {
        sb.append(", found '").append(actual.charValue()).append('\'');
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
