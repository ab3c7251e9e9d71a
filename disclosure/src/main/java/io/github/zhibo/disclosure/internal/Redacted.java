package io.github.zhibo.disclosure.internal;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** {@code toString()} support for records that may hold personal data: names present fields, never values. */
public final class Redacted {

  private Redacted() {}

  /**
   * Renders {@code Type[present: a, b]} from name/value pairs.
   *
   * @param type the record's simple name
   * @param namesAndValues alternating field names and values
   * @return the description
   */
  public static String describe(String type, @Nullable Object... namesAndValues) {
    var present = new StringJoiner(", ", type + "[present: ", "]");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        present.add(String.valueOf(namesAndValues[i]));
      }
    }
    return present.toString();
  }
}
