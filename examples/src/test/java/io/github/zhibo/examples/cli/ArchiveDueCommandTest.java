package io.github.zhibo.examples.cli;

import static io.github.zhibo.examples.cli.ArchiveRecords.marketer;
import static io.github.zhibo.examples.cli.ArchiveRecords.operator;
import static io.github.zhibo.examples.cli.ArchiveRecords.seller;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archive due}: the contract of DESIGN.md 5.4 under both profiles. */
class ArchiveDueCommandTest {

  @TempDir
  Path dir;

  private List<JsonNode> run(Path archive, String asOf, String... profile) throws IOException {
    List<String> args = new ArrayList<>(List.of("archive", "due", "--archive", archive.toString(), "--as-of", asOf));
    args.addAll(List.of(profile));
    CliRun run = CliRun.of("", args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain(ArchiveRecords.RESIDENT_ID).doesNotContain(ArchiveRecords.USCC);
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.outLines()) {
      out.add(ArchiveRecords.JSON.readTree(line));
    }
    return out;
  }

  @Test
  void order117CoversOperatorsEverySixMonthsMonthEndClamped() throws IOException {
    Path archive = ArchiveRecords.write(dir, List.of(
        operator("op-1", "ORGANIZATION", true, "2025-03-01", "2025-09-30"),   // due 2026-03-30
        operator("op-2", "NATURAL_PERSON", false, "2025-08-31", null),        // due 2026-02-28 (clamped)
        operator("op-3", "INDIVIDUAL_BUSINESS", true, "2025-10-02", null),    // due 2026-04-02: not yet
        marketer("m-1", "2025-01-01", null),                                  // marketers: not periodic here
        seller("s-1", "2024-01-01")));
    List<JsonNode> due = run(archive, "2026-03-31");
    assertThat(due).extracting(n -> n.get("subjectId").asText()).containsExactly("op-2", "op-1");
    JsonNode first = due.get(0);
    assertThat(first.get("role").asText()).isEqualTo("OPERATOR");
    assertThat(first.get("dueOn").asText()).isEqualTo("2026-02-28");
    assertThat(first.get("overdueDays").asLong()).isEqualTo(31);
    assertThat(first.get("article").asText()).isEqualTo("ORDER_117 Art. 8(1)");
    assertThat(due.get(1).get("overdueDays").asLong()).isEqualTo(1);
    assertThat(first.fieldNames()).toIterable().containsExactly("subjectId", "role", "dueOn", "overdueDays", "article");
  }

  @Test
  void draftCoversOperatorsAndMarketersEveryThreeMonths() throws IOException {
    Path archive = ArchiveRecords.write(dir, List.of(
        marketer("m-1", "2025-11-30", null),                                  // due 2026-02-28
        operator("op-1", "ORGANIZATION", true, "2025-01-01", "2025-12-31"),   // due 2026-03-31, on DATE
        marketer("m-2", "2025-06-01", "2026-01-01"),                          // due 2026-04-01: not yet
        seller("s-1", "2024-01-01")));
    List<JsonNode> due = run(archive, "2026-03-31", "--profile", "DRAFT_2025");
    assertThat(due).extracting(n -> n.get("subjectId").asText()).containsExactly("m-1", "op-1");
    assertThat(due.get(0).get("role").asText()).isEqualTo("MARKETER");
    assertThat(due.get(0).get("dueOn").asText()).isEqualTo("2026-02-28");
    assertThat(due.get(0).get("article").asText()).isEqualTo("DRAFT_2025 Art. 8(1)");
    assertThat(due.get(1).get("overdueDays").asLong()).isZero();
  }

  @Test
  void tiesKeepInputOrder() throws IOException {
    Path archive = ArchiveRecords.write(dir, List.of(
        operator("op-c", "ORGANIZATION", true, "2025-01-01", "2025-09-01"),
        operator("op-a", "ORGANIZATION", true, "2025-03-01", null),           // due 2025-09-01, earliest
        operator("op-b", "ORGANIZATION", true, "2025-01-01", "2025-09-01"),
        operator("op-0", "ORGANIZATION", true, "2025-01-01", "2025-09-01")));
    assertThat(run(archive, "2026-03-31")).extracting(n -> n.get("subjectId").asText())
        .containsExactly("op-a", "op-c", "op-b", "op-0");
  }

  @Test
  void skipsBomAndBlankLines() throws IOException {
    Path archive = ArchiveRecords.writeText(dir, "\uFEFF" + operator("op-1", "ORGANIZATION", true, "2025-01-01", null)
        + "\n\n   \n" + operator("op-2", "ORGANIZATION", true, "2025-01-02", null) + "\r\n");
    assertThat(run(archive, "2026-03-31")).hasSize(2);
  }

  @Test
  void malformedLineIsExitTwoNamingTheLineNotTheValue() {
    Path archive = ArchiveRecords.writeText(dir, operator("op-1", "ORGANIZATION", true, "2025-01-01", null) + "\n"
        + "{\"subjectId\": \"" + ArchiveRecords.RESIDENT_ID + "\", \"role\": \n");
    CliRun run = CliRun.of("", "archive", "due", "--archive", archive.toString(), "--as-of", "2026-03-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 2").doesNotContain(ArchiveRecords.RESIDENT_ID);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void badFieldValuesAreExitTwoNamingTheField() {
    var bad = operator("op-1", "ORGANIZATION", true, "2025-01-01", null).put("role", ArchiveRecords.RESIDENT_ID);
    Path archive = ArchiveRecords.write(dir, List.of(bad));
    CliRun run = CliRun.of("", "archive", "due", "--archive", archive.toString(), "--as-of", "2026-03-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 1").contains("role").doesNotContain(ArchiveRecords.RESIDENT_ID);
  }

  @Test
  void missingRegistrationDateIsExitTwo() {
    var bad = operator("op-1", "ORGANIZATION", true, "2025-01-01", null);
    bad.remove("registeredOn");
    Path archive = ArchiveRecords.write(dir, List.of(bad));
    CliRun run = CliRun.of("", "archive", "due", "--archive", archive.toString(), "--as-of", "2026-03-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 1: registeredOn");
  }

  @Test
  void badOptionsAreExitTwo() {
    Path archive = ArchiveRecords.write(dir, List.of(operator("op-1", "ORGANIZATION", true, "2025-01-01", null)));
    assertThat(CliRun.of("", "archive", "due", "--archive", archive.toString(), "--as-of", "31.03.2026").exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("", "archive", "due", "--archive", archive.toString(), "--as-of", "2026-03-31",
        "--profile", "ORDER_118").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("", "archive", "due", "--archive", dir.resolve("none").toString(), "--as-of", "2026-03-31")
        .exitCode()).isEqualTo(2);
    assertThat(CliRun.of("", "archive", "due", "--as-of", "2026-03-31").exitCode()).isEqualTo(2);
  }
}
