package io.github.zhibo.core.id;

import io.github.zhibo.core.ZhiboException;

/**
 * Thrown by the strict {@code parse} methods. The message is {@link IdError#describe()} prefixed with the
 * stable code id, and never contains the input.
 */
public final class IdParseException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  private final transient IdError error;

  /** Wraps {@code error}. */
  public IdParseException(IdError error) {
    super(error.code(), error.describe());
    this.error = error;
  }

  /** The typed failure. */
  public IdError error() {
    return error;
  }
}
