package io.github.zhibo.identity.report;

import io.github.zhibo.core.ZhiboException;
import org.jspecify.annotations.Nullable;

/** The report could not be written. The message names files and fields, never a value. */
public class ReportException extends ZhiboException {

  private static final long serialVersionUID = 1L;

  /** A failure with {@code detail} (no personal data) and its cause. */
  public ReportException(ReportError code, String detail, @Nullable Throwable cause) {
    super(code, detail, cause);
  }
}
