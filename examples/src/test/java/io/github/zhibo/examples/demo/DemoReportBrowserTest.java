package io.github.zhibo.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.zhibo.core.regulation.ProfileId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's {@code report.html} in headless Chromium as a person would: the DOM Chromium built must
 * hold the four charts with drawn shapes and the tables with the run's figures, and a screenshot is left at
 * {@code target/demo-report.png} for review. Without Chromium the test skips with a message on a developer
 * machine and fails in CI ({@code CI=true}), whose script installs it. {@code -Dzhibo.chromium=PATH} chooses
 * the binary instead of looking on {@code PATH}.
 */
class DemoReportBrowserTest {
  private static final Path SCREENSHOT = Path.of("target", "demo-report.png");

  @TempDir
  static Path dir;
  private static Path report;
  private static DemoResult result;

  @BeforeAll
  static void runDemo() throws IOException {
    result = DemoRunner.run(new DemoConfig(ProfileId.ORDER_117, 1, Scale.SMALL, dir.resolve("out"),
        DemoConfig.DEFAULT_YEAR), line -> { });
    report = dir.resolve("out").resolve("report.html");
  }

  private static Path chromium() {
    // -Dzhibo.chromium=PATH picks a binary (a path that is not an executable counts as absent)
    String chosen = System.getProperty("zhibo.chromium");
    Optional<Path> found = chosen != null ? Optional.of(Path.of(chosen)).filter(Files::isExecutable)
        : findOnPath("chromium").or(() -> findOnPath("chromium-browser"));
    if (found.isEmpty()) {
      String message = "headless Chromium is not installed (Debian: apt-get install chromium); browser check skipped";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message.replace("browser check skipped", "CI must install it (.ci/run does)"));
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(File.pathSeparator)) {
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless with a fresh profile and every background fetch off; returns its stdout. */
  private static String chromium(String... extra) throws IOException, InterruptedException {
    Path exe = chromium();
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    var cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,2800"));
    cmd.addAll(List.of(extra));
    cmd.add(report.toUri().toString());
    Path stdout = dir.resolve("chromium-" + System.nanoTime() + ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 90 s");
    }
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void chromiumDrawsTheChartsAndTheTablesHoldTheRunsFigures() throws Exception {
    String dom = chromium("--dump-dom");

    for (String chart : List.of("chart-tiers", "chart-findings", "chart-backlog", "chart-deadlines")) {
      String svg = section(dom, chart);
      assertThat(svg).as(chart).contains("<svg");
      assertThat(count(svg, "<rect") + count(svg, "<polygon")).as(chart + " shapes").isGreaterThan(0);
      assertThat(Pattern.compile("<(rect|polygon)[^>]*(height=\"[1-9]|width=\"[1-9]|points=\"[^\"]*\\d+\\.\\d)")
          .matcher(svg).find()).as(chart + " has a shape of non-zero size").isTrue();
    }
    for (String table : List.of("table-deadlines", "table-duties", "table-reentries", "table-measures",
        "table-population", "table-identity-reports", "table-measure-reports")) {
      assertThat(dom).as(table).containsPattern("<table id=\"" + table + "\">.*?<td");
    }
    // the figures of this run, not placeholders
    assertThat(dom).contains(result.ledgerHeadHash());
    String summary = result.summary();
    Matcher lives = Pattern.compile("lives allowed\\s+(\\d+)").matcher(summary);
    assertThat(lives.find()).isTrue();
    assertThat(dom).contains("<b>" + lives.group(1) + "</b>");
    assertThat(dom).contains("operator change report", "Art. 25(3)");
  }

  @Test
  void thePageNeedsNoNetwork() throws IOException {
    String html = Files.readString(report);
    // nothing to fetch: no src/href attributes, no url(...) in CSS, no script; only the SVG namespace URI
    assertThat(html).doesNotContainPattern("(?i)\\s(src|href)\\s*=").doesNotContainPattern("(?i)url\\(")
        .doesNotContainIgnoringCase("<script").doesNotContain("<link");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void aScreenshotIsLeftForReview() throws Exception {
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    chromium("--screenshot=" + SCREENSHOT.toAbsolutePath());
    assertThat(SCREENSHOT).isRegularFile();
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertThat(png.length).isGreaterThan(20_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static String section(String dom, String id) {
    int start = dom.indexOf("id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    int end = dom.indexOf("</section>", start);
    return dom.substring(start, end);
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
