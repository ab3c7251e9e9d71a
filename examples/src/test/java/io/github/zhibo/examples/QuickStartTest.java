package io.github.zhibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void walkthroughPrintsTheProfileNumbersDecisionDeadlineAndLedgerState() {
    var bytes = new ByteArrayOutputStream();
    QuickStart.run(Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "re-verify every P6M (ORDER_117 Art. 8(1)), verified 2026-08-31 -> due 2027-02-28",
        "operator USCC: ALLOW",
        // 7 working days after 2026-09-30: Oct 1-7 are holidays, Sat Oct 10 is a make-up working day
        "change reported 2026-09-30, verify by 2026-10-15",
        "ledger intact: true");
  }

  @Test
  void readmeShowsTheSameCode() throws Exception {
    String source = Files.readString(Path.of("src/main/java/io/github/zhibo/examples/QuickStart.java"));
    String snippet = source.substring(source.indexOf("// snippet-start\n") + 17, source.indexOf("    // snippet-end"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains(snippet.stripTrailing().stripIndent());
  }
}
