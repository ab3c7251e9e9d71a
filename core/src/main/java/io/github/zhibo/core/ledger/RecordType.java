package io.github.zhibo.core.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of evidence a record keeps ({@code IDENTITY_VERIFIED}, {@code BLACKLIST_NOTICE_SENT}). Each
 * module defines its own types; the ledger only requires the shape.
 *
 * @param value {@code [A-Z][A-Z0-9_]{1,63}}
 */
public record RecordType(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public RecordType {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a record type is UPPER_SNAKE, 2-64 characters: " + value);
    }
  }

  /** The type named {@code value}. */
  public static RecordType of(String value) {
    return new RecordType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
