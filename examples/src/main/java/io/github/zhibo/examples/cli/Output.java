package io.github.zhibo.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Writes result lines and stops the command soon after standard output has failed or been closed: the
 * stream is checked (which flushes it) every {@value #CHECK_EVERY} lines and at the end, so streaming stays
 * buffered while a closed pipe still stops the reading within a bounded number of lines.
 *
 * <p>Not thread-safe: one per command run.
 */
final class Output {
  static final int CHECK_EVERY = 256;

  private final PrintWriter out;
  private int sinceCheck;

  Output(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Prints {@code line}. @throws OutputFailedException if the stream has failed */
  void println(String line) {
    out.println(line);
    if (++sinceCheck >= CHECK_EVERY) {
      sinceCheck = 0;
      check();
    }
  }

  /** Flushes and fails if anything written so far was lost. */
  void finish() {
    check();
  }

  private void check() {
    if (out.checkError()) throw new OutputFailedException();
  }
}
