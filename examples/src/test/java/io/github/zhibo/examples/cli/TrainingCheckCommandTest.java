package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingCheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String O117_ALL = "[" + completions("2026-02-20", "NETWORK_TRANSACTION_LAW",
      "NETWORK_INFORMATION_SECURITY_LAW", "PRODUCT_QUALITY_SAFETY", "CONSUMER_RIGHTS", "PLATFORM_RULES") + "]";
  private static final String DRAFT_ALL = "[" + completions("2026-02-20", "LAWS_AND_REGULATIONS",
      "PRODUCT_QUALITY_SAFETY", "CONSUMER_RIGHTS", "VIOLATION_HANDLING", "PLATFORM_RULES") + "]";

  @TempDir
  Path dir;

  private static String completions(String day, String... modules) {
    var parts = new ArrayList<String>();
    for (String m : modules) {
      parts.add("{\"module\":\"" + m + "\",\"completedOn\":\"" + day + "\",\"passed\":true}");
    }
    return String.join(",", parts);
  }

  private static String record(String id, String firstLive, String completions, String flags) {
    return "{\"marketerId\":\"" + id + "\",\"firstLiveOn\":" + (firstLive == null ? "null" : "\"" + firstLive + "\"")
        + ",\"completions\":" + completions + ",\"flags\":" + flags + "}";
  }

  private CliRun run(String content, String... extra) throws IOException {
    Path f = dir.resolve("records.jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    var args = new ArrayList<>(List.of("training", "check", "--records", f.toString()));
    args.addAll(List.of(extra));
    return CliRun.of("", args.toArray(String[]::new));
  }

  private static List<JsonNode> lines(CliRun r) throws IOException {
    var out = new ArrayList<JsonNode>();
    for (String l : r.outLines()) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void theContractExampleUnderBothProfiles() throws IOException {
    String missingConsumer = "[" + completions("2026-02-20", "NETWORK_TRANSACTION_LAW",
        "NETWORK_INFORMATION_SECURITY_LAW", "PRODUCT_QUALITY_SAFETY", "PLATFORM_RULES") + "]";
    var r = run(record("m1", "2026-03-02", missingConsumer, "[]") + "\n", "--as-of", "2026-03-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"marketerId\":\"m1\",\"decision\":\"DENY\",\"findings\":[{\"rule\":"
        + "\"TRAINING.FIRST_LIVE_INCOMPLETE\",\"article\":\"ORDER_117 Art. 10(1)\",\"severity\":\"VIOLATION\","
        + "\"missing\":[\"CONSUMER_RIGHTS\"]}]}");
    var d = lines(run(record("m1", null, missingConsumer, "[]"), "--as-of", "2026-03-01", "--profile", "DRAFT_2025")).get(0);
    assertThat(d.get("decision").asText()).isEqualTo("DENY");
    assertThat(d.at("/findings/0/article").asText()).isEqualTo("DRAFT_2025 Art. 10(1)");
    assertThat(d.at("/findings/0/missing").toString()).isEqualTo("[\"LAWS_AND_REGULATIONS\",\"CONSUMER_RIGHTS\",\"VIOLATION_HANDLING\"]");
  }

  @Test
  void oneDecisionPerRecordInInputOrderWithBomAndBlankLinesSkipped() throws IOException {
    String content = "\uFEFF" + record("z9", null, O117_ALL, "[]") + "\n\n   \n"
        + record("a1", null, "[]", "[\"CHEATING\"]") + "\r\n" + record("z9", "2025-01-01", O117_ALL, "[]") + "\n";
    var out = lines(run(content, "--as-of", "2026-03-01"));
    assertThat(out).extracting(n -> n.get("marketerId").asText()).containsExactly("z9", "a1", "z9");
    assertThat(out).extracting(n -> n.get("decision").asText()).containsExactly("ALLOW", "DENY", "ALLOW");
    assertThat(out.get(1).get("findings")).extracting(n -> n.get("rule").asText())
        .containsExactly("TRAINING.FIRST_LIVE_INCOMPLETE", "TRAINING.CHEATING");
    assertThat(out.get(1).at("/findings/1/missing").size()).isZero();
    assertThat(out.get(0).get("findings").size()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void flagsDenyUnderBothProfiles(String profile) throws IOException {
    String all = profile.equals("ORDER_117") ? O117_ALL : DRAFT_ALL;
    var out = lines(run(record("m1", null, all, "[]") + "\n" + record("m2", null, all, "[\"REFUSED\"]")
        + "\n" + record("m3", "2026-01-05", all, "[\"CHEATING\",\"REFUSED\"]"), "--as-of", "2026-03-01", "--profile", profile));
    assertThat(out).extracting(n -> n.get("decision").asText()).containsExactly("ALLOW", "DENY", "DENY");
    assertThat(out.get(1).at("/findings/0/rule").asText()).isEqualTo("TRAINING.REFUSED");
    assertThat(out.get(1).at("/findings/0/article").asText()).isEqualTo(profile + " Art. 10(1)");
    assertThat(out.get(2).get("findings")).hasSize(2);
  }

  @ParameterizedTest(name = "{0} as of {1} year {2} -> {3}")
  @CsvSource({
    "ORDER_117, 2027-02-20, rolling, ALLOW",   // exactly twelve months after the last training
    "ORDER_117, 2027-02-21, rolling, DENY",
    "DRAFT_2025, 2027-02-20, rolling, ALLOW",
    "DRAFT_2025, 2027-02-21, rolling, DENY",
    "ORDER_117, 2026-12-31, calendar, ALLOW",
    "ORDER_117, 2027-01-01, calendar, DENY",    // the calendar year turned
    "DRAFT_2025, 2026-12-31, calendar, ALLOW",
    "DRAFT_2025, 2027-01-01, calendar, DENY",
  })
  void yearBoundaryForLiveMarketers(String profile, String asOf, String year, String decision) throws IOException {
    String all = profile.equals("ORDER_117") ? O117_ALL : DRAFT_ALL;
    var d = lines(run(record("m1", "2026-03-02", all, "[]"), "--as-of", asOf, "--profile", profile, "--year", year)).get(0);
    assertThat(d.get("decision").asText()).isEqualTo(decision);
    if (decision.equals("DENY")) {
      assertThat(d.at("/findings/0/rule").asText()).isEqualTo("TRAINING.YEARLY_MISSING");
      assertThat(d.at("/findings/0/article").asText()).isEqualTo(profile + " Art. 10(1)");
    }
  }

  @Test
  void ignoresUnknownModulesFailedAndFutureCompletionsAndToleratesAbsentFields() throws IOException {
    String c = "[{\"module\":\"CONSUMER_RIGHTS\",\"completedOn\":\"2026-03-05\",\"passed\":true},"
        + "{\"module\":\"PLATFORM_RULES\",\"completedOn\":\"2026-02-01\",\"passed\":false},"
        + "{\"module\":\"yoga class\",\"completedOn\":\"2026-02-01\",\"passed\":true}]";
    var out = lines(run("{\"marketerId\":\"m1\",\"completions\":" + c + ",\"extra\":1}\n{\"marketerId\":\"m2\"}\n",
        "--as-of", "2026-03-01"));
    assertThat(out.get(0).at("/findings/0/missing")).extracting(JsonNode::asText).containsExactly(
        "NETWORK_TRANSACTION_LAW", "NETWORK_INFORMATION_SECURITY_LAW", "PRODUCT_QUALITY_SAFETY", "CONSUMER_RIGHTS",
        "PLATFORM_RULES");
    assertThat(out.get(1).get("decision").asText()).isEqualTo("DENY");
  }

  @Test
  void echoesAnyMarketerIdVerbatim() throws IOException {
    var d = lines(run("{\"marketerId\":\"主播 #7\",\"completions\":" + O117_ALL + "}", "--as-of", "2026-03-01")).get(0);
    assertThat(d.get("marketerId").asText()).isEqualTo("主播 #7");
    assertThat(d.get("decision").asText()).isEqualTo("ALLOW");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "not json 110101199003074514|line 1",
    "[1,2]|line 1",
    "{\"firstLiveOn\":null}|marketerId",
    "{\"marketerId\":\"m\",\"firstLiveOn\":\"2026-13-01\"}|firstLiveOn",
    "{\"marketerId\":\"m\",\"completions\":{}}|completions",
    "{\"marketerId\":\"m\",\"completions\":[{\"module\":\"X\",\"completedOn\":\"2026-01-01\"}]}|completions[0].passed",
    "{\"marketerId\":\"m\",\"completions\":[{\"module\":\"X\",\"passed\":true}]}|completions[0].completedOn",
    "{\"marketerId\":\"m\",\"flags\":[\"SLEEPY\"]}|flags[0]",
    "{\"marketerId\":\"m\",\"marketerId\":\"n\"}|line 1",
    "{\"marketerId\":\"m\"} {}|line 1",
  })
  void badRecordsExitTwoNamingTheFieldWithoutEchoingValues(String line, String named) throws IOException {
    var r = run(line + "\n", "--as-of", "2026-03-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(named).doesNotContain("110101199003074514").doesNotContain("SLEEPY");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void badOptionsExitTwo() throws IOException {
    assertThat(run("", "--as-of", "03/01/2026").exitCode()).isEqualTo(2);
    assertThat(run("", "--as-of", "2026-03-01", "--profile", "ORDER_118").exitCode()).isEqualTo(2);
    assertThat(run("", "--as-of", "2026-03-01", "--year", "fiscal").exitCode()).isEqualTo(2);
    assertThat(run("").exitCode()).isEqualTo(2);
    var missing = CliRun.of("", "training", "check", "--records", dir.resolve("nope.jsonl").toString(), "--as-of", "2026-03-01");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--records");
  }

  @Test
  void unexpectedArgumentsAreNotEchoed() throws IOException {
    var r = run("", "--as-of", "2026-03-01", "110101199003074514", "--id=110101199003074514");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("2 unexpected argument").doesNotContain("110101199003074514");
  }

  @Test
  void malformedUtf8IsUnreadableInput() throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.write(f, new byte[] {'{', (byte) 0xC3, '}', '\n'});
    var r = CliRun.of("", "training", "check", "--records", f.toString(), "--as-of", "2026-03-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("UTF-8");
  }

  @Test
  void emptyFileGivesNoOutput() throws IOException {
    var r = run("", "--as-of", "2026-03-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
  }
}
