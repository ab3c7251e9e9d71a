package io.github.zhibo.core.param;

import io.github.zhibo.core.ZhiboException;
import io.github.zhibo.core.check.CheckError;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values a platform chose for the {@link Parameter}s the regulation leaves open, under a version name
 * so every decision can record which set it used. Anything not set reads as its documented default.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlatformParameters {

  private static final PlatformParameters DEFAULTS = new PlatformParameters("defaults", Map.of());

  private final String version;
  private final Map<String, Object> values;

  private PlatformParameters(String version, Map<String, Object> values) {
    this.version = version;
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Every parameter at its default; version {@code defaults}. */
  public static PlatformParameters defaults() {
    return DEFAULTS;
  }

  /** The name of this set, e.g. {@code acme-2026-09}; recorded with decisions. */
  public String version() {
    return version;
  }

  /** The value of {@code p}: the one set, or its default. */
  public <T> T get(Parameter<T> p) {
    Objects.requireNonNull(p, "parameter");
    Object v = values.get(p.name());
    return v == null ? p.defaultValue() : p.type().cast(v);
  }

  /** Whether {@code p} was set explicitly. */
  public boolean isSet(Parameter<?> p) {
    return values.containsKey(Objects.requireNonNull(p, "parameter").name());
  }

  /**
   * A copy with {@code p} set to {@code value} and the version renamed.
   *
   * @throws ZhiboException {@code ZB-CHK-0007} if the value is not valid for {@code p}
   */
  public <T> PlatformParameters with(String version, Parameter<T> p, T value) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(p, "parameter");
    Objects.requireNonNull(value, "value");
    if (version.isBlank()) throw new IllegalArgumentException("a parameter set needs a version name");
    if (!p.valid().test(value)) {
      throw new ZhiboException(CheckError.INVALID_PARAMETER, p.name() + " = " + value + " is out of range");
    }
    var copy = new TreeMap<>(values);
    copy.put(p.name(), value);
    return new PlatformParameters(version, copy);
  }

  /** {@code name=value (version)} for a decision's audit trail, e.g. {@code identity.minMarketerAge=16 (defaults)}. */
  public String describe(Parameter<?> p) {
    return p.name() + "=" + get(p) + " (" + version + (isSet(p) ? "" : ", default") + ")";
  }

  @Override
  public String toString() {
    return "PlatformParameters[" + version + " " + values + "]";
  }
}
