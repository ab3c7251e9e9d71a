package io.github.zhibo.core.party;

import java.util.Objects;

/**
 * An administrative licence (行政许可) such as a food business licence.
 *
 * @param type an upper-case type id, e.g. {@code FOOD_BUSINESS}
 * @param number the licence number as issued
 */
public record Licence(String type, String number) {
  /** Validates the shape. */
  public Licence {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    if (!type.matches("[A-Z][A-Z0-9_]{0,47}")) throw new IllegalArgumentException("a licence type is UPPER_SNAKE");
    if (number.isBlank()) throw new IllegalArgumentException("a licence needs a number");
  }
}
