package io.github.zhibo.enforcement;

import io.github.zhibo.core.ZhiboException;

/** A caller mistake in the disposal workflow; the message names references, never personal data. */
public final class EnforcementException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  /** An exception with {@code code} and a detail that names only references. */
  public EnforcementException(EnforcementError code, String detail) {
    super(code, detail);
  }

  @Override
  public EnforcementError code() {
    return (EnforcementError) super.code();
  }
}
