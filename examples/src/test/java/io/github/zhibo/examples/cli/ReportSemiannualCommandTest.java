package io.github.zhibo.examples.cli;

import static io.github.zhibo.examples.cli.ArchiveRecords.marketer;
import static io.github.zhibo.examples.cli.ArchiveRecords.operator;
import static io.github.zhibo.examples.cli.ArchiveRecords.seller;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code report semiannual}: the contract of DESIGN.md 5.4 under both profiles. */
class ReportSemiannualCommandTest {

  @TempDir
  Path dir;

  private Path archive() {
    var incompleteMarketer = marketer("m-17", "2025-05-01", null);
    incompleteMarketer.remove("occupation");
    var incompleteOperator = operator("op-9", "NATURAL_PERSON", false, "2025-05-01", null);
    incompleteOperator.remove("address");
    return ArchiveRecords.write(dir, List.of(
        operator("op-1", "ORGANIZATION", true, "2025-03-01", "2025-09-30"),
        operator("op-2", "NATURAL_PERSON", false, "2025-08-31", null),
        operator("op-3", "INDIVIDUAL_BUSINESS", false, "2025-01-01", null),   // exists only through registration
        marketer("m-1", "2025-01-01", null),
        incompleteMarketer,
        incompleteOperator,
        seller("s-1", "2025-01-01"),
        operator("op-late", "ORGANIZATION", true, "2026-12-01", null)));      // registered after the snapshot
  }

  private JsonNode run(String asOf, Path out, String... profile) throws IOException {
    List<String> args = new ArrayList<>(List.of("report", "semiannual", "--archive", archive().toString(),
        "--as-of", asOf, "--out", out.toString()));
    args.addAll(List.of(profile));
    CliRun run = CliRun.of("", args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out() + run.err()).doesNotContain(ArchiveRecords.RESIDENT_ID).doesNotContain(ArchiveRecords.USCC)
        .doesNotContain("张伟");
    assertThat(run.outLines()).hasSize(1);
    return ArchiveRecords.JSON.readTree(run.out());
  }

  @Test
  void order117WritesThreeSectionsWithCompletenessAndDigests() throws Exception {
    Path out = dir.resolve("out");
    JsonNode summary = run("2026-07-15", out);
    assertThat(summary.get("profile").asText()).isEqualTo("ORDER_117");
    assertThat(summary.get("month").asText()).isEqualTo("2026-07");
    assertThat(summary.get("sections")).extracting(s -> s.get("id").asText())
        .containsExactly("REGISTERED_OPERATORS", "UNREGISTERED_OPERATORS", "MARKETERS");
    assertThat(summary.get("sections")).extracting(s -> s.get("rows").asLong()).containsExactly(2L, 2L, 2L);
    assertThat(summary.get("sections").get(1).get("incomplete")).extracting(JsonNode::asText).containsExactly("op-9");
    assertThat(summary.get("sections").get(2).get("incomplete")).extracting(JsonNode::asText).containsExactly("m-17");
    assertThat(summary.get("sections").get(0).get("incomplete")).isEmpty();

    assertThat(summary.get("sha256").get("report.xlsx").asText()).isEqualTo(sha256(out.resolve("report.xlsx")));
    for (String section : List.of("REGISTERED_OPERATORS", "UNREGISTERED_OPERATORS", "MARKETERS")) {
      assertThat(summary.get("sha256").get(section + ".csv").asText()).isEqualTo(sha256(out.resolve(section + ".csv")));
    }
    assertThat(out.resolve("SELLERS.csv")).doesNotExist();

    List<String> marketers = Files.readAllLines(out.resolve("MARKETERS.csv"), StandardCharsets.UTF_8);
    assertThat(marketers.get(0)).isEqualTo("姓名 (Name),身份证件号码 (Identity document number),"
        + "经常居住地址 (Habitual residence),联系方式 (Contact),所属直播营销人员服务机构 (Marketer agency),"
        + "与直播营销相关的专业资质 (Professional qualifications),职业职务 (Occupation or position)");
    assertThat(marketers).hasSize(3);
    assertThat(marketers.get(1)).contains(ArchiveRecords.RESIDENT_ID);  // the report carries full numbers
    List<String> registered = Files.readAllLines(out.resolve("REGISTERED_OPERATORS.csv"), StandardCharsets.UTF_8);
    assertThat(registered.get(0)).startsWith("名称（姓名） (Name),统一社会信用代码 (Unified social credit code),实际经营地址");

    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); var wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
          .containsExactly("REGISTERED_OPERATORS", "UNREGISTERED_OPERATORS", "MARKETERS");
      Sheet sheet = wb.getSheet("MARKETERS");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Row header = sheet.getRow(0);
      assertThat(header.getLastCellNum()).isEqualTo((short) 7);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名 (Name)");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ArchiveRecords.RESIDENT_ID);
    }
  }

  @Test
  void draftAddsSellers() throws Exception {
    Path out = dir.resolve("draft");
    JsonNode summary = run("2026-01-10", out, "--profile", "DRAFT_2025");
    assertThat(summary.get("profile").asText()).isEqualTo("DRAFT_2025");
    assertThat(summary.get("month").asText()).isEqualTo("2026-01");
    assertThat(summary.get("sections")).extracting(s -> s.get("id").asText())
        .containsExactly("REGISTERED_OPERATORS", "UNREGISTERED_OPERATORS", "MARKETERS", "SELLERS");
    JsonNode sellers = summary.get("sections").get(3);
    assertThat(sellers.get("rows").asLong()).isEqualTo(1);
    assertThat(sellers.get("incomplete")).isEmpty();                  // an empty licence list is complete
    // the draft asks neither occupation nor an actual business address: both records are complete there
    assertThat(summary.get("sections").get(2).get("incomplete")).isEmpty();
    assertThat(summary.get("sections").get(1).get("incomplete")).extracting(JsonNode::asText).containsExactly("op-9");
    assertThat(Files.readAllLines(out.resolve("SELLERS.csv"), StandardCharsets.UTF_8).get(0))
        .isEqualTo("名称（姓名） (Name),住所或者主要经营场所 (Domicile or main place of business),联系方式 (Contact),"
            + "行政许可 (Administrative licences)");
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); var wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(4);
      assertThat(wb.getSheetName(3)).isEqualTo("SELLERS");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-01", "2026-01-31, 2026-01", "2026-02-01, 2026-07", "2026-07-31, 2026-07",
    "2026-08-01, 2027-01", "2026-12-31, 2027-01"
  })
  void reportMonthIsTheMonthOfDateOrTheNextReportMonth(String asOf, String month) throws IOException {
    assertThat(run(asOf, dir.resolve("m" + asOf)).get("month").asText()).isEqualTo(month);
  }

  @Test
  void recordsRegisteredAfterTheSnapshotAreLeftOut() throws IOException {
    JsonNode summary = run("2026-07-15", dir.resolve("o"));
    assertThat(summary.get("sections").get(0).get("rows").asLong()).isEqualTo(2);  // op-late not counted
  }

  @Test
  void malformedLineIsExitTwo() {
    Path archive = ArchiveRecords.writeText(dir, "{\"subjectId\": \"m-1\", \"role\": \"MARKETER\", "
        + "\"registeredOn\": \"2025-01-01\", \"qualifications\": \"" + ArchiveRecords.RESIDENT_ID + "\"}\n");
    CliRun run = CliRun.of("", "report", "semiannual", "--archive", archive.toString(), "--as-of", "2026-07-15",
        "--out", dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 1: qualifications").doesNotContain(ArchiveRecords.RESIDENT_ID);
    assertThat(run.out()).isEmpty();
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
