package io.github.zhibo.core.regulation;

import io.github.zhibo.core.ZhiboException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A profile resource or override file is missing, malformed, inconsistent, or loosens its base. The
 * message names the resource and the key, so a platform can fix its file without reading our code.
 */
public final class RegulationProfileException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  private final String resource;
  private final @Nullable String key;

  /** The same, without a cause. */
  public RegulationProfileException(RegulationError code, String resource, @Nullable String key, String detail) {
    this(code, resource, key, detail, null);
  }

  /**
   * @param code what went wrong
   * @param resource the resource or file name being read
   * @param key the offending key, or null when the problem is not tied to one key
   * @param detail what is wrong, without personal data
   * @param cause the underlying failure, if any
   */
  public RegulationProfileException(
      RegulationError code, String resource, @Nullable String key, String detail, @Nullable Throwable cause) {
    super(code, Objects.requireNonNull(resource, "resource") + (key == null ? "" : ": key '" + key + "'")
        + ": " + detail, cause);
    this.resource = resource;
    this.key = key;
  }

  /** The resource or file being read. */
  public String resource() {
    return resource;
  }

  /** The offending key, if the problem is tied to one. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  @Override
  public RegulationError code() {
    return (RegulationError) super.code();
  }
}
