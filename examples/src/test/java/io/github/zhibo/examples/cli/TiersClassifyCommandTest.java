package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiers classify}: the DESIGN §5.3 contract end to end. */
class TiersClassifyCommandTest {

  private static final String EXAMPLE = "{\"roomId\": \"r1\", \"followers\": 1200000, \"visits30d\": 5400000, "
      + "\"gmv30dFen\": 880000000, \"orders30d\": 21000, \"categories\": [\"FOOD\"], \"violations12m\": 1, "
      + "\"verifiedComplaints30d\": 3, \"complaintRate30d\": 0.004, \"marketerInfluence\": 0.7, \"previousTier\": \"T2\"}";

  @Test
  void classifiesTheDesignExampleUnderTheDefaultProfile() {
    CliRun run = CliRun.of(EXAMPLE + "\n", "tiers", "classify");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("{\"roomId\":\"r1\",\"tier\":\"T3\",\"keySubject\":true,"
        + "\"reasons\":[\"FOLLOWERS>=1000000\",\"LIFE_HEALTH_CATEGORY\"],"
        + "\"monitoring\":[\"TECHNICAL_MONITORING\",\"REAL_TIME_PATROL\"],\"article\":\"ORDER_117 Art. 11\"}");
  }

  @Test
  void draftProfileNeedsHumanWatchAndLongerRetentionForKeySubjects() {
    CliRun run = CliRun.of(EXAMPLE + "\n", "tiers", "classify", "--profile", "DRAFT_2025");
    assertThat(run.outLines()).singleElement().asString()
        .contains("\"monitoring\":[\"TECHNICAL_MONITORING\",\"HUMAN_LIVE_WATCH\",\"REAL_TIME_PATROL\",\"EXTENDED_RETENTION\"]")
        .endsWith("\"article\":\"DRAFT_2025 Art. 11\"}");
  }

  @Test
  void oneLinePerNonBlankInputLineInInputOrder() {
    String in = "\uFEFF{\"roomId\":\"a\"}\n\n{\"roomId\":\"b\",\"categories\":[\"DRUG\"]}\r\n{\"roomId\":\"c\",\"violations12m\":4}\n";
    CliRun run = CliRun.of(in, "tiers", "classify");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines()[0]).startsWith("{\"roomId\":\"a\",\"tier\":\"T1\",\"keySubject\":false,\"reasons\":[]");
    assertThat(run.outLines()[1]).startsWith("{\"roomId\":\"b\",\"tier\":\"T3\",\"keySubject\":true");
    assertThat(run.outLines()[2]).startsWith("{\"roomId\":\"c\",\"tier\":\"T3\",\"keySubject\":true");
  }

  @Test
  void aMalformedLineStopsWithItsNumberAfterTheLinesBefore() {
    CliRun run = CliRun.of("{\"roomId\":\"a\"}\n\n{\"roomId\":\"b\",\"followers\":\"many\"}\n{\"roomId\":\"c\"}\n",
        "tiers", "classify");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.err()).isEqualTo("zhibo: line 3: field followers: must be a whole number >= 0" + System.lineSeparator());
  }

  @Test
  void errorsNeverEchoTheInput() {
    CliRun run = CliRun.of("{\"roomId\":\"a\",\"followers\":\"11010519491231002X\"}\n", "tiers", "classify");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("zhibo: line 1: field followers").doesNotContain("11010519491231002X");
    CliRun junk = CliRun.of("11010519491231002X\n", "tiers", "classify");
    assertThat(junk.exitCode()).isEqualTo(2);
    assertThat(junk.err()).doesNotContain("11010519491231002X");
  }

  @Test
  void explainAddsScopePolicyAndCriteria() {
    CliRun run = CliRun.of(EXAMPLE + "\n", "tiers", "classify", "--explain");
    assertThat(run.outLines()[0]).contains("\"policy\":\"zhibo-default-order117@2026.1\"")
        .contains("{\"criterion\":\"FOLLOWERS>=1000000\",\"metric\":\"FOLLOWERS\",\"kind\":\"TIER\","
            + "\"observed\":\"1200000\",\"threshold\":\"1000000\",\"tier\":\"T3\",\"article\":\"ORDER_117 Art. 11(1)\"}");
  }

  @Test
  void aPolicyFileSetsThresholdsAndItsProfile(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("p.yaml");
    Files.writeString(policy, """
        id: strict
        version: "7"
        profile: DRAFT_2025
        tiers: [{tier: T1}, {tier: T2}, {tier: T3}, {tier: T4}]
        rules:
          - {metric: FOLLOWERS, atLeast: 1000, tier: T4}
        keySubject:
          - {metric: FOLLOWERS, atLeast: 1000}
        """);
    CliRun run = CliRun.of("{\"roomId\":\"a\",\"followers\":1000}\n", "tiers", "classify", "--policy", policy.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()[0]).contains("\"tier\":\"T4\"").contains("\"article\":\"DRAFT_2025 Art. 11\"");
    CliRun mismatch = CliRun.of("", "tiers", "classify", "--policy", policy.toString(), "--profile", "ORDER_117");
    assertThat(mismatch.exitCode()).isEqualTo(2);
    assertThat(mismatch.err()).startsWith("zhibo: --policy: ").contains("is for DRAFT_2025");
  }

  @Test
  void aBadPolicyOrProfileIsBadUsage(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("p.json");
    Files.writeString(policy, "{\"id\":\"x\",\"version\":\"1\",\"profile\":\"ORDER_117\",\"tiers\":[{\"tier\":\"T2\"}]}");
    CliRun bad = CliRun.of("", "tiers", "classify", "--policy", policy.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("zhibo: --policy: ZB-TIER-0002");
    assertThat(CliRun.of("", "tiers", "classify", "--policy", dir.resolve("none.json").toString()).exitCode()).isEqualTo(2);
    CliRun profile = CliRun.of("", "tiers", "classify", "--profile", "ORDER_118");
    assertThat(profile.exitCode()).isEqualTo(2);
    assertThat(profile.err()).startsWith("zhibo: --profile: unknown profile");
  }

  @Test
  void aLineOverTheBoundIsUnreadable() {
    String longLine = "{\"roomId\":\"" + "a".repeat(LineSource.DEFAULT_MAX_LINE) + "\"}\n";
    CliRun run = CliRun.of(longLine, "tiers", "classify");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 1: line longer than");
  }

  @Test
  void aClosedStdoutStopsWithExitOne() {
    var in = new java.io.ByteArrayInputStream(("{\"roomId\":\"a\"}\n").repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("closed");
      }
    };
    int code = ZhiboCli.execute(new CliIo(in, closed, new java.io.ByteArrayOutputStream(), CliRun.CLOCK), "tiers", "classify");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void aClosedPipeBehindAPrintStreamStopsWithExitOne() {
    var in = new java.io.ByteArrayInputStream(("{\"roomId\":\"a\"}\n").repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var pipe = new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    }, false, java.nio.charset.StandardCharsets.UTF_8);
    int code = ZhiboCli.execute(new CliIo(in, pipe, new java.io.ByteArrayOutputStream(), CliRun.CLOCK), "tiers", "classify");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void malformedUtf8IsUnreadableAtItsOwnLine() {
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("{\"roomId\":\"直播\"}\n{\"roomId\":\"b\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', '"', 'r', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    CliRun run = CliRun.of(new java.io.ByteArrayInputStream(bytes.toByteArray()), "tiers", "classify");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines()[0]).startsWith("{\"roomId\":\"直播\"");
    assertThat(run.err()).isEqualTo("zhibo: line 3: not valid UTF-8" + System.lineSeparator());
  }

  @Test
  void linesSpanningReadBuffersAndALastLineWithoutNewlineAreRead() {
    var sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) sb.append("{\"roomId\":\"room-").append(i).append("\",\"followers\":").append(i * 1000).append("}\n");
    sb.append("{\"roomId\":\"last\"}");
    CliRun run = CliRun.of(sb.toString(), "tiers", "classify");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(3001);
    assertThat(run.outLines()[2999]).startsWith("{\"roomId\":\"room-2999\",\"tier\":\"T3\"");
    assertThat(run.outLines()[3000]).startsWith("{\"roomId\":\"last\"");
  }

  @Test
  void anUnknownArgumentIsBadUsageAndNotEchoed() {
    CliRun run = CliRun.of("", "tiers", "classify", "--bogus", "11010519491231002X");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("zhibo: unknown arguments").doesNotContain("11010519491231002X").doesNotContain("bogus");
  }

  @Test
  void theDefaultPolicyPrintedIsAValidPolicyFileThatDecidesTheSame(@TempDir Path dir) throws IOException {
    for (String profile : new String[] {"ORDER_117", "DRAFT_2025"}) {
      CliRun printed = CliRun.of("", "tiers", "default-policy", "--profile", profile);
      assertThat(printed.exitCode()).isZero();
      Path file = dir.resolve(profile + ".json");
      Files.writeString(file, printed.out());
      CliRun viaFile = CliRun.of(EXAMPLE + "\n", "tiers", "classify", "--policy", file.toString());
      CliRun bundled = CliRun.of(EXAMPLE + "\n", "tiers", "classify", "--profile", profile);
      assertThat(viaFile.exitCode()).isZero();
      assertThat(viaFile.out()).isEqualTo(bundled.out());
    }
    assertThat(CliRun.of("", "tiers", "default-policy", "--profile", "X1").exitCode()).isEqualTo(2);
  }
}
