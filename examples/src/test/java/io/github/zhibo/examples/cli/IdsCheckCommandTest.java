package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** {@code ids check}: expected verdicts come from the standards' examples and published test vectors. */
class IdsCheckCommandTest {

  @Test
  void printsOneVerdictPerLineInInputOrder() {
    String input = String.join("\n",
        "RESIDENT_ID\t11010519491231002X",       // GB 11643-1999 example
        "RESIDENT_ID\t11010519491231002x",       // lower-case check character
        "RESIDENT_ID\t110105194912310021",       // wrong check character
        "RESIDENT_ID\t810000199408230021",       // a Hong Kong residence permit is not a resident ID
        "HMT_PERMIT\t810000199408230021",        // published permit sample
        "RESIDENT_ID\t110105202612310025",       // born after "today" (2026-11-28)
        "USCC\t91350211M00013FA1N",              // legacy pilot code: fails mod 31
        "RESIDENT_ID_15\t610104620927690") + "\n";
    CliRun run = CliRun.of(input, "ids", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(
        "VALID",
        "VALID\tCASE_FOLDED",
        "INVALID\tCHECKSUM_MISMATCH",
        "INVALID\tWRONG_KIND",
        "VALID",
        "INVALID\tFUTURE_DATE",
        "INVALID\tLEGACY_PILOT_CHECKSUM",
        "VALID");
  }

  @Test
  void fullWidthIsInvalidUnlessLenient() {
    String input = "RESIDENT_ID\t１１０１０５１９４９１２３１００２Ｘ\nUSCC\t9135 0211 M000 13FA 1N\n";
    assertThat(CliRun.of(input, "ids", "check").outLines())
        .extracting(l -> l.split("\t")[0]).containsExactly("INVALID", "INVALID");
    CliRun lenient = CliRun.of(input, "ids", "check", "--lenient");
    assertThat(lenient.outLines()[0]).isEqualTo("VALID\tWIDTH_NORMALISED");
    assertThat(lenient.outLines()[1]).startsWith("INVALID\tLEGACY_PILOT_CHECKSUM");
  }

  @Test
  void missingTabStopsAtThatLineAfterPrintingEverythingBefore() {
    CliRun run = CliRun.of("RESIDENT_ID\t11010519491231002X\nUSCC\t91350211M00013FA1N\nRESIDENT_ID 11010519491231002X\nUSCC\tX\n",
        "ids", "check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.err()).isEqualTo("zhibo: line 3: missing TAB between KIND and VALUE" + System.lineSeparator());
  }

  @Test
  void unknownKindNamesTheLineButNotTheValue() {
    CliRun run = CliRun.of("RESIDENT_ID\t11010519491231002X\n11010519491231002X\tRESIDENT_ID\n", "ids", "check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).containsExactly("VALID");
    assertThat(run.err()).startsWith("zhibo: line 2: unknown KIND").doesNotContain("11010519491231002X");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void neverEchoesTheIdentifier() {
    CliRun run = CliRun.of("RESIDENT_ID\t11010519491231002X\nRESIDENT_ID\t110105194912310021\n", "ids", "check");
    assertThat(run.out()).doesNotContain("110105");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void streamsAMillionLinesWithoutReadingThemAllFirst() {
    var out = new CountingOutput();
    var in = new GeneratedLines(1_000_000, out);
    int code = ZhiboCli.execute(new CliIo(in, out, OutputStream.nullOutputStream(), CliRun.CLOCK), "ids", "check");
    assertThat(code).isZero();
    assertThat(out.lines).isEqualTo(1_000_000);
    // by the time the input was half read, verdicts had already been written: the command streams
    assertThat(in.linesWrittenAtHalfway).isGreaterThan(400_000);
  }

  /** Produces N identical valid lines on demand; notes the output's progress when half is consumed. */
  private static final class GeneratedLines extends InputStream {
    private static final byte[] LINE = "RESIDENT_ID\t11010519491231002X\n".getBytes(StandardCharsets.UTF_8);
    private final long total;
    private final CountingOutput out;
    private long served;
    private long linesWrittenAtHalfway = -1;

    GeneratedLines(long lines, CountingOutput out) {
      this.total = lines * LINE.length;
      this.out = out;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      if (served == total / 2) {
        linesWrittenAtHalfway = out.lines;
      }
      return LINE[(int) (served++ % LINE.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= total) {
        return -1;
      }
      int n = 0;
      while (n < len && served < total) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }

  private static final class CountingOutput extends OutputStream {
    private long lines;

    @Override
    public void write(int b) throws IOException {
      if (b == '\n') {
        lines++;
      }
    }
  }

  @Test
  void clockDecidesWhatIsInTheFuture() {
    var earlier = Clock.fixed(java.time.Instant.parse("1949-12-30T00:00:00Z"), CliIo.CHINA);
    var out = new java.io.ByteArrayOutputStream();
    ZhiboCli.execute(new CliIo(new java.io.ByteArrayInputStream(
        "RESIDENT_ID\t11010519491231002X\n".getBytes(StandardCharsets.UTF_8)), out,
        OutputStream.nullOutputStream(), earlier), "ids", "check");
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("INVALID\tFUTURE_DATE");
  }
}
