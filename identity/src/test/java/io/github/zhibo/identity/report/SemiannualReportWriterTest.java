package io.github.zhibo.identity.report;

import io.github.zhibo.core.regulation.ReportSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.archive.InMemoryRegistrationArchive;
import io.github.zhibo.identity.support.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemiannualReportWriterTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 10);

  @TempDir
  Path dir;

  private static RegulationProfile profile(String id) {
    return id.equals("ORDER_117") ? Fixtures.ORDER_117 : Fixtures.DRAFT_2025;
  }

  @ParameterizedTest
  @CsvSource({"ORDER_117, 3", "DRAFT_2025, 4"})
  void writesTheArchiveAndSealsEveryDigestInTheLedger(String id, int sections) throws Exception {
    EvidenceLedger ledger = Fixtures.ledger(Fixtures.clockAt(AS_OF));
    var archive = InMemoryRegistrationArchive.builder().profile(profile(id)).ledger(ledger)
        .environment(Fixtures.environmentAt(AS_OF)).build();
    LocalDate reg = LocalDate.of(2025, 5, 1);
    archive.register(Fixtures.organisation("op-1", reg));
    archive.register(Fixtures.person("op-2", reg));
    archive.register(Fixtures.marketer("m-1", reg));
    archive.register(Fixtures.marketer("m-2", reg).toBuilder().agency(null).build());
    archive.register(Fixtures.seller("s-1", reg));
    ReportSummary summary;
    try (var writer = SemiannualReportWriter.builder().profile(profile(id)).asOf(AS_OF).directory(dir)
        .environment(Fixtures.environmentAt(AS_OF)).ledger(ledger).rowWindow(1).build()) {
      writer.addAll(archive);
      summary = writer.finish();
    }
    assertThat(summary.sections()).hasSize(sections);
    assertThat(summary.skipped()).isEqualTo(sections == 3 ? 1 : 0);
    assertThat(summary.sections().get(2).incomplete()).containsExactly("m-2");
    assertThat(summary.sha256()).hasSize(sections + 1);
    for (var file : summary.sha256().entrySet()) {
      byte[] bytes = Files.readAllBytes(dir.resolve(file.getKey()));
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(file.getValue());
    }
    var exported = ledger.records().stream().filter(r -> r.type().value().equals("REPORT_EXPORTED")).toList();
    assertThat(exported).hasSize(sections + 1).allSatisfy(r -> {
      assertThat(r.article().toString()).isEqualTo(id + " Art. 9(1)");
      assertThat(r.payload().get("sha256")).isEqualTo(summary.sha256().get(r.payload().get("file")));
    });
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx")); var wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(sections);
      assertThat(wb.getSheet("MARKETERS").getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void aValueTooLongForACellIsATypedErrorWithoutTheValue() {
    try (var writer = SemiannualReportWriter.builder().profile(Fixtures.ORDER_117).asOf(AS_OF).directory(dir).build()) {
      var huge = Fixtures.person("op-1", LocalDate.of(2025, 1, 1)).toBuilder().address("北".repeat(40_000)).build();
      assertThatThrownBy(() -> writer.add(huge)).isInstanceOfSatisfying(ReportException.class, e -> {
        assertThat(e.code()).isEqualTo(ReportError.VALUE_TOO_LONG);
        assertThat(e.getMessage()).contains("ACTUAL_BUSINESS_ADDRESS").doesNotContain("北");
      });
      assertThat(writer.add(Fixtures.person("op-2", LocalDate.of(2025, 1, 1)))).contains(ReportSection.UNREGISTERED_OPERATORS);
      assertThat(writer.finish().sections().get(1).rows()).isEqualTo(1);
    }
  }

  @Test
  void headersFollowEachText() {
    assertThat(ReportColumns.header(io.github.zhibo.core.party.PartyField.LIVE_ACCOUNT,
        ReportSection.REGISTERED_OPERATORS, io.github.zhibo.core.regulation.LegalText.ORDER_117))
        .isEqualTo("直播账号 (Live account)");
    assertThat(ReportColumns.header(io.github.zhibo.core.party.PartyField.LIVE_ACCOUNT,
        ReportSection.REGISTERED_OPERATORS, io.github.zhibo.core.regulation.LegalText.DRAFT_2025))
        .isEqualTo("直播间账号 (Live account)");
    assertThat(List.of(ReportSection.values())).extracting(s -> s.name() + ".csv")
        .containsExactly("REGISTERED_OPERATORS.csv", "UNREGISTERED_OPERATORS.csv", "MARKETERS.csv", "SELLERS.csv");
  }

  @Test
  void csvQuotesWhatNeedsQuoting() throws Exception {
    try (var writer = SemiannualReportWriter.builder().profile(Fixtures.ORDER_117).asOf(AS_OF).directory(dir).build()) {
      writer.add(Fixtures.person("op-1", LocalDate.of(2025, 1, 1)).toBuilder().address("北京市,\"朝阳\"\n88号").build());
      writer.finish();
    }
    String csv = Files.readString(dir.resolve("UNREGISTERED_OPERATORS.csv"));
    assertThat(csv).contains(",\"北京市,\"\"朝阳\"\"\n88号\",").endsWith("\r\n");
  }
}
