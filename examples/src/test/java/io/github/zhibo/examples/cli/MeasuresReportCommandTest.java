package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuresReportCommandTest {

  private static final String BLACKLIST = "{\"caseRef\":\"c1\",\"source\":\"REGULATOR_NOTICE\",\"subject\":\"op-1\","
      + "\"role\":\"LIVE_ROOM_OPERATOR\",\"grade\":\"GRAVE\",\"receivedOn\":\"2026-03-02\",\"notifiedBy\":\"SAMR\","
      + "\"measure\":\"BLACKLIST\",\"takenOn\":\"2026-03-03\",\"termEnd\":\"2026-09-30\","
      + "\"remedy\":{\"channel\":\"PLATFORM_APPEAL\",\"rule\":\"rules-v7:12.3\",\"windowDays\":15},"
      + "\"affectedOrders\":3,\"arrangements\":[\"ORDER_PROCESSING\",\"AFTER_SALES\",\"DISPUTE_RESOLUTION\"],"
      + "\"orderPlan\":\"plan-1\",\"sentOn\":\"2026-03-04\"}";
  private static final String MINOR_CLOSURE = "{\"caseRef\":\"c2\",\"source\":\"PLATFORM_FINDING\",\"subject\":\"op-2\","
      + "\"role\":\"MARKETER\",\"grade\":\"MINOR\",\"receivedOn\":\"2026-03-05\",\"measure\":\"ACCOUNT_CLOSURE\","
      + "\"remedy\":{\"channel\":\"PLATFORM_APPEAL\",\"rule\":\"r1\",\"windowDays\":15}}";
  private static final String NO_REMEDY = "{\"caseRef\":\"c3\",\"source\":\"PLATFORM_FINDING\",\"subject\":\"op-3\","
      + "\"role\":\"MARKETER\",\"grade\":\"GENERAL\",\"receivedOn\":\"2026-03-06\",\"measure\":\"WARNING\"}";

  private static CliRun run(Path dir, String profile, String... lines) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return CliRun.of("", "measures", "report", "--records", in.toString(), "--from", "2026-03-01", "--to",
        "2026-03-31", "--out", dir.resolve("out").toString(), "--profile", profile);
  }

  @Test
  void order117_takesPermittedMeasures_capsOthers_writesDocuments(@TempDir Path dir) throws IOException {
    CliRun r = run(dir, "ORDER_117", BLACKLIST, MINOR_CLOSURE, NO_REMEDY);
    assertThat(r.exitCode()).isZero();
    String[] lines = r.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"outcome\":\"ALLOW\"").contains("\"measureId\":\"c1.1\"")
        .contains("\"recipient\":\"PROVINCIAL:CAC\"").contains("\"sentOn\":\"2026-03-04\"");
    assertThat(lines[1]).contains("\"outcome\":\"REVIEW\"").contains("\"measureId\":null")
        .contains("ENFORCEMENT.PROPORTIONALITY");
    assertThat(lines[2]).contains("\"outcome\":\"DENY\"").contains("ENFORCEMENT.REMEDY_ROUTE")
        .contains("ORDER_117 Art. 12(1)");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("ledger.jsonl",
          "measures-ORDER_117-PROVINCIAL-SAMR-2026-03-01_2026-03-31.json",
          "measures-ORDER_117-COUNTY_OR_ABOVE-CAC-2026-03-01_2026-03-31.csv");
    }
    assertThat(r.err()).contains("1 measures taken");
  }

  @Test
  void draft_warningWithoutRemedy_isTaken_andNeedsNoReport(@TempDir Path dir) throws IOException {
    CliRun r = run(dir, "DRAFT_2025", NO_REMEDY);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"outcome\":\"ALLOW\"").contains("\"reports\":[]");
  }

  @Test
  void badJson_exit2_namesTheLine_withoutEchoing(@TempDir Path dir) throws IOException {
    CliRun r = run(dir, "ORDER_117", BLACKLIST, "{\"caseRef\": \"110101199003071234\"");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("line 2").doesNotContain("110101199003071234");
  }

  @Test
  void unknownEnumValue_exit2_namesTheField(@TempDir Path dir) throws IOException {
    CliRun r = run(dir, "ORDER_117", NO_REMEDY.replace("\"WARNING\"", "\"13800138000\""));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("measure").doesNotContain("13800138000");
  }

  @Test
  void unknownProfile_exit2(@TempDir Path dir) throws IOException {
    assertThat(run(dir, "NOPE", NO_REMEDY).exitCode()).isEqualTo(2);
  }
}
