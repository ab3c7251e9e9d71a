package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCommandTest {

  @Test
  void runsAYearAndPrintsTheSummary(@TempDir Path out) {
    CliRun r = CliRun.of("", "demo", "--seed", "5", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("profile ORDER_117", "Deadlines (working-day calendar)", "read back and verified: OK",
        "Output directory:");
    assertThat(r.err()).contains("demo: 2026-12 simulated");
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(out.resolve("ledger.jsonl")).isRegularFile();
  }

  @ParameterizedTest
  @CsvSource({
      "--profile,ORDER_118,--profile",
      "--seed,-1,--seed",
      "--seed,１,--seed",
      "--seed,99999999999999999999,--seed",
      "--scale,huge,--scale"
  })
  void badOptionsAreUsageErrorsNamingTheOptionNotTheValue(String option, String value, String named, @TempDir Path out) {
    CliRun r = CliRun.of("", "demo", option, value, "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ZhiboCli.BAD_INPUT);
    assertThat(r.err()).startsWith("zhibo: " + named).doesNotContain(value);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void anOutputPathThatIsAFileFailsWithExitOne(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CliRun r = CliRun.of("", "demo", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("could not write under --out");
  }

  @Test
  void unexpectedArgumentsAreRejected(@TempDir Path out) {
    CliRun r = CliRun.of("", "demo", "--out", out.toString(), "110101199001011234");
    assertThat(r.exitCode()).isEqualTo(ZhiboCli.BAD_INPUT);
    assertThat(r.err()).doesNotContain("110101199001011234");
  }
}
