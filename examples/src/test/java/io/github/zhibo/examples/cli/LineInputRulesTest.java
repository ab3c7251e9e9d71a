package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line-input, output and usage-error rules of DESIGN.md §5, one test per rule. */
class LineInputRulesTest {

  static final String ID = "11010519491231002X";
  static final String USCC_LINE = "USCC\t91350100M000100Y43\n";

  @Test
  void aLeadingBomIsSkipped() {
    var run = CliRun.of("\uFEFF" + USCC_LINE, "ids", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("VALID");
  }

  @Test
  void blankLinesAreSkipped_outputStaysOneLinePerNonBlankLine() {
    var run = CliRun.of("\n" + USCC_LINE + "  \r\n\n" + USCC_LINE + "\n\n", "ids", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("VALID", "VALID");
  }

  @Test
  void malformedUtf8IsUnreadableInput_exitTwo_namingTheLine() {
    byte[] bad = {'U', 'S', 'C', 'C', '\t', (byte) 0xC3, (byte) 0x28, '\n'};
    byte[] input = concat(USCC_LINE.getBytes(StandardCharsets.UTF_8), bad);
    var run = CliRun.of(new ByteArrayInputStream(input), "ids", "check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).containsExactly("VALID");
    assertThat(run.err()).isEqualTo("zhibo: line 2: not valid UTF-8\n");
  }

  @Test
  void anOverlongLineIsUnreadableInput_notAnOutOfMemoryError() {
    InputStream endless = new InputStream() {
      final AtomicLong n = new AtomicLong();
      @Override
      public int read() {
        return n.incrementAndGet() > 200L << 20 ? -1 : '7';   // one 200 MB line
      }
    };
    var run = CliRun.of(endless, "ids", "check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("zhibo: line 1: line longer than ").doesNotContain("777777");
  }

  @Test
  void aFailedStdoutStopsReadingAtOnce_andExitsOne() {
    var read = new AtomicLong();
    InputStream many = new InputStream() {
      final byte[] line = USCC_LINE.getBytes(StandardCharsets.UTF_8);
      @Override
      public int read() {
        long i = read.getAndIncrement();
        return i >= 100_000L * line.length ? -1 : line[(int) (i % line.length)];
      }
    };
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("closed");
      }
    };
    var err = new ByteArrayOutputStream();
    int code = ZhiboCli.execute(new CliIo(many, closed, err, CliRun.CLOCK), "ids", "check");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("output failed");
    assertThat(read.get()).isLessThan(100_000L * USCC_LINE.length() / 10);   // stopped early
  }

  @ParameterizedTest
  @ValueSource(strings = {"ids check " + ID, "ids check --lenient=" + ID, "calendar is-working-day 2026-01-01 " + ID,
      "calendar add-working-days 2026-01-01 1 " + ID, ID, "help " + ID, "ids check --" + ID})
  void usageErrorsNeverEchoAnArgument(String line) {
    var run = CliRun.of("", line.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("110105").doesNotContain(ID).hasLineCount(1);
  }

  @Test
  void helpShowsTheNestedCommand() {
    var run = CliRun.of("", "help", "ids", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: zhibo ids check");
  }

  @Test
  void aYearWithoutData_isNamed_andCanBeLoadedWithCalendarData(@TempDir Path dir) throws IOException {
    var missing = CliRun.of("", "calendar", "add-working-days", "2026-12-30", "5");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no working-day data for 2027").contains("--calendar-data").doesNotContain("DATE:");

    // A synthetic 2027 with no holidays at all: weekends only.
    Files.writeString(dir.resolve("cn-2027.txt"), synthetic2027(), StandardCharsets.UTF_8);
    var loaded = CliRun.of("", "calendar", "add-working-days", "--calendar-data", dir.toString(), "2026-12-30", "5");
    assertThat(loaded.err()).isEmpty();
    assertThat(loaded.outLines()).containsExactly("2027-01-07");   // Jan 1 2027 is a Friday off
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "５", "٣", "-1", "+3", "1e3"})
  void nIsAsciiDigitsInRange(String n) {
    var run = CliRun.of("", "calendar", "add-working-days", "2026-01-05", n);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("zhibo: N: ");
  }

  /** A schedule for 2027 in the bundled format with only the fixed statutory days (a test stand-in). */
  private static String synthetic2027() {
    return "format 1\nyear 2027\nversion test\nnotice https://example.invalid/2027\n"
        + "2027-01-01 off 元旦\n2027-05-01 off 劳动节\n2027-05-02 off 劳动节\n"
        + "2027-10-01 off 国庆节\n2027-10-02 off 国庆节\n2027-10-03 off 国庆节\n";
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
