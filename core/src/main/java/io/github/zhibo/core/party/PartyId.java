package io.github.zhibo.core.party;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The platform's own opaque id of a party (an account or subject id such as {@code op-1}), never an
 * identity number: it appears in logs, events and ledger records.
 *
 * @param value 1-64 characters of {@code [A-Za-z0-9._:-]}
 */
public record PartyId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

  /** Validates the shape. Platforms must not use identity numbers as party ids. */
  public PartyId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a party id is 1-64 characters of [A-Za-z0-9._:-]");
    }
  }

  /** Shorthand for the constructor. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
