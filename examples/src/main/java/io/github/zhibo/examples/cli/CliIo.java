package io.github.zhibo.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a command reads, writes and asks the time of: standard streams and the clock in production, fakes in
 * tests. Everything is UTF-8 whatever the platform default.
 */
public record CliIo(InputStream in, OutputStream out, OutputStream err, Clock clock) {

  /** Mainland China's zone: the regulation's dates are dates there. */
  public static final ZoneId CHINA = io.github.zhibo.core.time.ChinaZone.ZONE;

  public CliIo {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
  }

  /** The process's standard streams and the system clock in mainland China's zone. */
  public static CliIo system() {
    // The raw descriptor, not System.out: a PrintStream swallows write errors, so a closed pipe or a full
    // disk would go unnoticed and the command would report success for output it lost.
    return new CliIo(System.in, new FileOutputStream(FileDescriptor.out), System.err, Clock.system(CHINA));
  }

  PrintWriter stdout() {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(surfacingErrors(out), StandardCharsets.UTF_8),
        1 << 16), false);
  }

  /**
   * A {@link PrintStream} (an embedder passing {@code System.out}) swallows write errors; this turns its error
   * flag back into an {@link IOException}, so {@link Output} stops every command on a closed pipe.
   */
  private static OutputStream surfacingErrors(OutputStream out) {
    if (!(out instanceof PrintStream ps)) return out;
    return new FilterOutputStream(ps) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ps.write(b, off, len);
        failIfBroken();
      }

      @Override
      public void flush() throws IOException {
        ps.flush();
        failIfBroken();
      }

      private void failIfBroken() throws IOException {
        if (ps.checkError()) throw new IOException("output failed");
      }
    };
  }

  PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }
}
