package io.github.zhibo.examples.cli;

/**
 * Standard output failed or was closed (a full disk, {@code | head -1}): the command stops reading at once
 * and exits 1, never reporting success for output it lost.
 */
final class OutputFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailedException() {
    super("output failed or was closed", null, false, false);
  }
}
