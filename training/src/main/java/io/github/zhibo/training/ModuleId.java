package io.github.zhibo.training;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of one training module, e.g. {@code CONSUMER_RIGHTS}: upper snake case, 1-64 characters. Ids are
 * vocabulary, not personal data, so they may appear in findings and logs.
 *
 * @param value the id
 */
public record ModuleId(String value) implements Comparable<ModuleId> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Validates the shape. */
  public ModuleId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a module id is 1-64 characters of A-Z0-9_ starting with a letter");
    }
  }

  /** Shorthand for the constructor. */
  public static ModuleId of(String value) {
    return new ModuleId(value);
  }

  /** Whether {@code value} has the shape of a module id. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(ModuleId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
