package io.github.zhibo.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** One run of the CLI against in-memory streams, with the clock pinned to 2026-11-28 in China. */
record CliRun(int exitCode, String out, String err) {

  static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2026, 11, 28).atTime(10, 0).atZone(CliIo.CHINA).toInstant(), CliIo.CHINA);

  static CliRun of(String stdin, String... args) {
    return of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static CliRun of(InputStream stdin, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = ZhiboCli.execute(new CliIo(stdin, out, err, CLOCK), args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  String[] outLines() {
    return out.lines().toArray(String[]::new);
  }
}
