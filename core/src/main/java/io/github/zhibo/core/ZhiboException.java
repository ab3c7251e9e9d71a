package io.github.zhibo.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception zhibo throws. Unchecked, and always carrying a stable {@link ErrorCode}.
 *
 * <p>Business outcomes (a blacklisted subject, a missing disclosure) are never exceptions; they are
 * returned as values. Messages never contain personal data: identifiers appear only masked, or as
 * positions and expected characters.
 */
public class ZhiboException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode code;

  public ZhiboException(ErrorCode code, String detail) {
    this(code, detail, null);
  }

  public ZhiboException(ErrorCode code, String detail, @Nullable Throwable cause) {
    super(Objects.requireNonNull(code, "code").id() + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.code = code;
  }

  /** The stable code of this failure. */
  public ErrorCode code() {
    return code;
  }
}
