package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pages check}: the DESIGN.md §5.2 contract. */
class PagesCheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A pretty-printed snapshot across lines: a 5折 claim that is true, and an AI label that is too small. */
  private static final String SNAPSHOT = """
      {
        "products": [{"id": "p1", "name": "西湖龙井茶", "spec": "250g", "pricingUnit": "元/盒",
                      "price": {"actualFen": 9900, "comparedFen": 19900, "comparedMeaningDisclosed": true,
                                "displayedDiscount": "5折"}}],
        "aiPersona": {"used": true, "labelText": "AI生成", "labelTextHeightPx": 40, "frameWidthPx": 1080,
                      "frameHeightPx": 1920}
      }
      """;

  @Test
  void oneSnapshotGivesOneReport() throws IOException {
    CliRun run = CliRun.of(SNAPSHOT, "pages", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("profile").asText()).isEqualTo("ORDER_117");
    assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(report.get("findings")).hasSize(1);
    JsonNode f = report.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("AI.LABEL_SIZE");
    assertThat(f.get("article").asText()).isEqualTo("ORDER_117 Art. 37(1)");
    assertThat(f.get("severity").asText()).isEqualTo("VIOLATION");
    assertThat(f.get("path").asText()).isEqualTo("aiPersona.labelTextHeightPx");
    assertThat(f.get("message").asText()).isNotBlank();
  }

  @Test
  void draftProfileCitesTheDraftArticles() throws IOException {
    CliRun run = CliRun.of(SNAPSHOT, "pages", "check", "--profile", "DRAFT_2025");
    JsonNode f = JSON.readTree(run.out()).get("findings").get(0);
    assertThat(f.get("article").asText()).isEqualTo("DRAFT_2025 Art. 30(1)");
  }

  @Test
  void jsonLinesGiveOneReportPerLineAndSkipBlankLines() throws IOException {
    String pass = "{\"products\":[{\"name\":\"西湖龙井茶\",\"spec\":\"250g\",\"pricingUnit\":\"元/盒\",\"price\":{\"actualFen\":100}}]}";
    String fail = "{\"products\":[{\"name\":\"3号链接\",\"pricingUnit\":\"元/件\",\"price\":{\"actualFen\":100}}]}";
    CliRun run = CliRun.of("\uFEFF" + pass + "\n\n" + fail + "\n{}\n", "pages", "check", "--jsonl");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(3);
    assertThat(JSON.readTree(run.outLines()[0]).get("verdict").asText()).isEqualTo("PASS");
    JsonNode second = JSON.readTree(run.outLines()[1]);
    assertThat(second.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(second.get("findings").get(0).get("path").asText()).isEqualTo("products[0].name");
    assertThat(JSON.readTree(run.outLines()[2]).get("findings")).isEmpty();
  }

  @Test
  void concatenatedDocumentsWithoutJsonlGiveOneReportEach() {
    CliRun run = CliRun.of("{}\n{\n \"texts\": [{\"text\": \"全网最佳\"}]\n}\n", "pages", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines()[1]).contains("\"verdict\":\"FAIL\"").contains("TEXT.ABSOLUTE_TERM");
  }

  @Test
  void configFileTunesTheJudgementCalls(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"aiLabelMaxGapSec\": 2.0, \"sellerSwitchToleranceSec\": 5}", StandardCharsets.UTF_8);
    String snapshot = "{\"aiPersona\":{\"used\":true,\"labelText\":\"AI生成\",\"labelMaxGapSec\":1.5}}";
    assertThat(JSON.readTree(CliRun.of(snapshot, "pages", "check").out()).get("verdict").asText()).isEqualTo("FAIL");
    CliRun tuned = CliRun.of(snapshot, "pages", "check", "--config", config.toString());
    assertThat(JSON.readTree(tuned.out()).get("verdict").asText()).isEqualTo("PASS");
  }

  @Test
  void badInputExitsTwoWithoutEchoingValues() {
    CliRun run = CliRun.of("{\"operator\":{\"type\":\"110105199003071234\"}}", "pages", "check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("operator.type").doesNotContain("110105199003071234");
    assertThat(run.err().lines()).hasSize(1);

    CliRun line = CliRun.of("{}\n{\"products\":[{\"price\":{\"actualFen\":1.5}}]}\n", "pages", "check", "--jsonl");
    assertThat(line.exitCode()).isEqualTo(2);
    assertThat(line.err()).contains("line 2").doesNotContain("1.5");

    assertThat(CliRun.of("not json", "pages", "check").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("", "pages", "check").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("{}", "pages", "check", "--profile", "110105199003071234").err())
        .doesNotContain("110105199003071234");
    assertThat(CliRun.of("{}", "pages", "check", "--config", "/no/such/file").exitCode()).isEqualTo(2);
  }

  @Test
  void neverPrintsPersonalData() {
    String snapshot = "{\"operator\":{\"type\":\"NATURAL_PERSON\",\"displayed\":{\"location\":\"ACCOUNT_HOME\","
        + "\"idNumber\":\"110105199003071234\",\"contact\":\"13800138000\",\"address\":\"北京市朝阳区建国路88号\"}}}";
    CliRun run = CliRun.of(snapshot, "pages", "check");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("OPERATOR.ID_NUMBER_PUBLIC").contains("operator.displayed.idNumber")
        .doesNotContain("110105199003071234").doesNotContain("13800138000").doesNotContain("建国路");
  }
}
