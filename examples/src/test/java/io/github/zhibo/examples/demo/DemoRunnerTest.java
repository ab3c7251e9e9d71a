package io.github.zhibo.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.ProfileId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoRunnerTest {

  private static DemoResult run(ProfileId profile, long seed, Path out) throws IOException {
    return DemoRunner.run(new DemoConfig(profile, seed, Scale.SMALL, out, DemoConfig.DEFAULT_YEAR), line -> { });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void sameSeedGivesTheSameSummaryAndLedgerInAnyDirectory(String profile, @TempDir Path a, @TempDir Path b)
      throws IOException {
    DemoResult first = run(ProfileId.of(profile), 7, a);
    DemoResult second = run(ProfileId.of(profile), 7, b);
    assertThat(second.summary()).isEqualTo(first.summary());
    assertThat(second.ledgerHeadHash()).isEqualTo(first.ledgerHeadHash());
    assertThat(Files.readAllLines(b.resolve("ledger.jsonl"))).isEqualTo(Files.readAllLines(a.resolve("ledger.jsonl")));
    assertThat(Files.readString(b.resolve("report.html"))).isEqualTo(Files.readString(a.resolve("report.html")));
  }

  @Test
  void anotherSeedGivesAnotherYear(@TempDir Path a, @TempDir Path b) throws IOException {
    assertThat(run(ProfileId.ORDER_117, 1, a).ledgerHeadHash()).isNotEqualTo(run(ProfileId.ORDER_117, 2, b).ledgerHeadHash());
  }

  @Test
  void aSecondRunIntoTheSameDirectoryStartsAFreshLedger(@TempDir Path out) throws IOException {
    DemoResult first = run(ProfileId.ORDER_117, 3, out);
    DemoResult again = run(ProfileId.ORDER_117, 3, out);
    assertThat(again.ledgerRecords()).isEqualTo(first.ledgerRecords());
    assertThat(again.ledgerHeadHash()).isEqualTo(first.ledgerHeadHash());
    assertThat(again.ledgerVerified()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void smallWritesEveryFileAndAVerifiedLedger(String profile, @TempDir Path out) throws IOException {
    DemoResult r = run(ProfileId.of(profile), 1, out);

    assertThat(r.ledgerVerified()).isTrue();
    assertThat(r.ledgerRecords()).isGreaterThan(100);
    assertThat(r.files()).contains("ledger.jsonl", "report.html", "summary.txt", "reports/measure-reports.csv",
        "reports/2026-01/MARKETERS.csv", "reports/2026-07/MARKETERS.csv",
        "reports/2026-01/REGISTERED_OPERATORS.csv", "reports/2026-07/UNREGISTERED_OPERATORS.csv");
    for (String f : r.files()) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
      assertThat(Files.size(out.resolve(f))).as(f).isPositive();
    }
    assertThat(Files.readString(out.resolve("summary.txt"))).isEqualTo(r.summary());
    assertThat(Files.readAllLines(out.resolve("ledger.jsonl"))).hasSize((int) r.ledgerRecords());
    List<String> marketers = Files.readAllLines(out.resolve("reports/2026-07/MARKETERS.csv"));
    assertThat(marketers.size()).isGreaterThan(10);
    List<String> measures = Files.readAllLines(out.resolve("reports/measure-reports.csv"));
    assertThat(measures.get(0)).startsWith("reportId,measureOn,dueOn,filedOn,onTime");
    assertThat(measures.size()).isGreaterThan(10);
  }

  @Test
  void theSummaryNamesEachArticleThroughTheProfileAndStaysInATerminal(@TempDir Path out) throws IOException {
    String draft = run(ProfileId.DRAFT_2025, 1, out).summary();
    assertThat(draft).contains("profile DRAFT_2025", "marketer re-verification", "Art. 8(1)",
        "read back and verified: OK", "Re-entry attempts", "Findings by article");
    var tooWide = new ArrayList<String>();
    draft.lines().filter(l -> l.length() > 100).forEach(tooWide::add);
    assertThat(tooWide).isEmpty();
    // DRAFT_2025 verifies marketers periodically, ORDER_117 does not (profile data, not code)
    String order = run(ProfileId.ORDER_117, 1, out).summary();
    assertThat(order).doesNotContain("marketer re-verification").contains("operator re-verification");
  }

  @Test
  void reportsAreCsvAndXlsxAndNoOtherFilesAreWritten(@TempDir Path out) throws IOException {
    DemoResult r = run(ProfileId.ORDER_117, 1, out);
    assertThat(r.files()).contains("reports/2026-01/report.xlsx", "reports/2026-07/report.xlsx");
    byte[] xlsx = Files.readAllBytes(out.resolve("reports/2026-07/report.xlsx"));
    assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");   // a zip package
    try (var walk = Files.walk(out)) {
      List<String> all = walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
      assertThat(all).containsExactlyInAnyOrderElementsOf(r.files());
    }
  }

  @Test
  void eachSeamCanBeSwappedAndTheRunFollowsTheImplementation(@TempDir Path a, @TempDir Path b) throws IOException {
    var parameters = io.github.zhibo.core.param.PlatformParameters.defaults();
    DemoServices stand = DemoServices.modules(io.github.zhibo.core.regulation.RegulationProfiles.get(ProfileId.ORDER_117), 1, parameters);
    // a screening that never matches: nobody is blocked, every re-entry attempt gets through
    Screening blind = new Screening() {
      private int n;

      @Override
      public String list(io.github.zhibo.core.party.PartyId subject, io.github.zhibo.core.party.PartyRole role,
          java.util.Set<String> keys, java.time.LocalDate on) {
        return "X-" + ++n;
      }

      @Override
      public void lift(String entryId, java.time.LocalDate on) { }

      @Override
      public java.util.Optional<String> screen(java.util.Set<String> keys,
          io.github.zhibo.blacklist.ScreeningOccasion occasion, java.time.LocalDate on) {
        return java.util.Optional.empty();
      }
    };
    var config = new DemoConfig(ProfileId.ORDER_117, 1, Scale.SMALL, a, DemoConfig.DEFAULT_YEAR);
    String blindSummary = DemoRunner.run(config,
        new DemoServices(stand.verifier(), blind, stand.tiers(), stand.pages()), parameters, l -> { }).summary();
    assertThat(blindSummary).containsPattern("all routes\\s+([1-9]\\d*)\\s+0\\s+\\1\\n");
    // every room a key subject: the tier table says so
    String allKey = DemoRunner.run(new DemoConfig(ProfileId.ORDER_117, 1, Scale.SMALL, b, DemoConfig.DEFAULT_YEAR),
        new DemoServices(stand.verifier(), DemoServices.modules(io.github.zhibo.core.regulation.RegulationProfiles.get(ProfileId.ORDER_117), 1,
            parameters).screening(), f -> TierRating.DemoTier.KEY, stand.pages()),
        parameters, l -> { }).summary();
    assertThat(allKey).containsPattern("ordinary\\s+0\\n").containsPattern("elevated\\s+0\\n");
  }
}
