package io.github.zhibo.core.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The location of an element in a JSON document, in dot and {@code [index]} notation
 * ({@code products[0].price.displayedDiscount}, {@code sellers[0].link}, {@code aiPersona}).
 *
 * <p>Page checks attach it to findings so a caller can point at the offending field (DESIGN.md §5.2). A
 * path names fields, never their content, so it is safe to log.
 *
 * @param value the path; field names are ASCII identifiers, indices at most 9 digits
 */
public record JsonPath(String value) {

  private static final String SEGMENT = "[A-Za-z_][A-Za-z0-9_]{0,63}(?:\\[(?:0|[1-9][0-9]{0,8})\\])*";
  private static final Pattern SHAPE = Pattern.compile(SEGMENT + "(?:\\." + SEGMENT + ")*");
  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  private static final int MAX_LENGTH = 512;

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public JsonPath {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a JSON path in dot/[index] notation: " + abbreviate(value));
    }
  }

  /** Parses a path such as {@code products[0].price}. */
  public static JsonPath of(String value) {
    return new JsonPath(value);
  }

  /** The path of field {@code name} inside this element. */
  public JsonPath field(String name) {
    if (!FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException("not a field name: " + abbreviate(name));
    }
    return new JsonPath(value + "." + name);
  }

  /** The path of element {@code index} of the array at this path. */
  public JsonPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    return new JsonPath(value + "[" + index + "]");
  }

  private static String abbreviate(String s) {
    // A rejected path may be arbitrary caller text; show only its length.
    return "<" + s.length() + " chars>";
  }

  @Override
  public String toString() {
    return value;
  }
}
