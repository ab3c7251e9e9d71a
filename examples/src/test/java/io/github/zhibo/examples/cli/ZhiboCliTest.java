package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZhiboCliTest {

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ids", "calendar");
  }

  @Test
  void versionNamesTheBuild() {
    CliRun run = CliRun.of("", "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("zhibo \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void unknownCommandIsBadUsageOnOneLine() {
    CliRun run = CliRun.of("", "frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("zhibo: ");
  }

  @Test
  void missingCommandIsBadUsage() {
    assertThat(CliRun.of("").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("", "ids").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("", "calendar").exitCode()).isEqualTo(2);
  }
}
