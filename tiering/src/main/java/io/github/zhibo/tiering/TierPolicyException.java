package io.github.zhibo.tiering;

import io.github.zhibo.core.ZhiboException;
import org.jspecify.annotations.Nullable;

/**
 * A tier policy that cannot be used: unreadable, inconsistent, or not for the profile. The message names
 * the place in the document (e.g. {@code rules[3].tier}); policies hold no personal data, but values are
 * still not repeated.
 */
public final class TierPolicyException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  /** A failure with {@code code} and a one-line {@code detail}. */
  public TierPolicyException(TieringError code, String detail) {
    super(code, detail);
  }

  /** A failure with its cause. */
  public TierPolicyException(TieringError code, String detail, @Nullable Throwable cause) {
    super(code, detail, cause);
  }
}
