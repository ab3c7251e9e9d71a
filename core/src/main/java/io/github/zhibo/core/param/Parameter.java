package io.github.zhibo.core.param;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A threshold the regulation leaves to the platform (key-room cut-offs, complaint concentration, the
 * "timely" SLAs, pre-live freshness, age limits…), with a documented default. Modules declare their own
 * parameters as constants; {@link CoreParameters} holds those more than one module reads.
 *
 * <p>A parameter is not legal data: profiles hold what the text says, parameters what the platform
 * decided where the text is silent. Decisions record the values they used ({@link
 * PlatformParameters#describe(Parameter)}).
 *
 * @param <T> the value type
 * @param name a dotted lower-camel name, e.g. {@code identity.preLiveFreshness}
 * @param type the value type
 * @param defaultValue the documented default
 * @param valid what a value must satisfy
 * @param doc what it means and why the default, in one sentence
 */
public record Parameter<T>(String name, Class<T> type, T defaultValue, Predicate<? super T> valid, String doc) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

  /** Validates the declaration; the default must itself be valid. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(doc, "doc");
    if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("a parameter name is dotted lowerCamel: " + name);
    if (!type.isInstance(defaultValue) || !valid.test(defaultValue)) {
      throw new IllegalArgumentException(name + ": the default is not a valid value");
    }
  }

  /** Declares a parameter. */
  public static <T> Parameter<T> of(String name, Class<T> type, T defaultValue, Predicate<? super T> valid, String doc) {
    return new Parameter<>(name, type, defaultValue, valid, doc);
  }

  @Override
  public String toString() {
    return name;
  }
}
