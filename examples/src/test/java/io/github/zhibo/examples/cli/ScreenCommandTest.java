package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.id.ResidentIdNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen} and {@code blacklist export-shared} as DESIGN.md §5 and §5.1 specify them. */
class ScreenCommandTest {

  static final String RID = rid("19900307", 123);
  static final String REP = rid("19850101", 2);

  @TempDir
  Path dir;

  static String rid(String date, int seq) {
    String body = "110105" + date + String.format("%03d", seq);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  Path list() throws IOException {
    return write("list.jsonl",
        "{\"id\":\"BL000001\",\"subjectType\":\"PERSON\",\"name\":\"张伟\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + RID
            + "\",\"birthDate\":\"1990-03-07\",\"nationality\":\"CHN\",\"phones\":[\"13800138000\"],"
            + "\"deviceIds\":[\"AB-CD-EF-01\"],\"accountIds\":[\"acct:1001\"]}",
        "",
        "{\"id\":\"BL000002\",\"subjectType\":\"ORGANIZATION\",\"name\":\"星辰传媒有限公司\",\"idType\":\"USCC\","
            + "\"idNumber\":\"91350100M000100Y43\",\"legalRepresentative\":{\"name\":\"李娜\",\"idType\":\"RESIDENT_ID\","
            + "\"idNumber\":\"" + REP + "\"},\"deviceIds\":[\"00000000-0000-0000-0000-000000000000\"]}");
  }

  Path queries() throws IOException {
    return write("q.jsonl",
        "\uFEFF{\"id\":\"Q1\",\"name\":\"張偉\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + RID.toLowerCase() + "\"}",
        "{\"id\":\"Q2\",\"name\":\"王五\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + rid("19920101", 5)
            + "\",\"phones\":[\"+86 138-0013-8000\"]}",
        "{\"id\":\"Q3\",\"subjectType\":\"PERSON\",\"name\":\"李 娜\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + REP + "\"}",
        "{\"id\":\"Q4\",\"name\":\"张伟\",\"birthDate\":\"1990-03-07\"}",
        "{\"id\":\"Q5\",\"name\":\"张伟\"}",
        "{\"id\":\"Q6\",\"name\":\"某\",\"deviceIds\":[\"00000000-0000-0000-0000-000000000000\"]}");
  }

  Path key() throws IOException {
    return write("key.json", "{\"keyId\":\"consortium-test\",\"key\":\"" + "A".repeat(43) + "=\"}");
  }

  @Test
  void screensAPlainListInInputOrder() throws IOException {
    CliRun run = CliRun.of("", "screen", "--blacklist", list().toString(), "--queries", queries().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(
        "{\"queryId\":\"Q1\",\"decision\":\"BLOCK\",\"hits\":[{\"entryId\":\"BL000001\",\"score\":0.9996,"
            + "\"evidence\":[\"ID_NUMBER\",\"NAME\",\"BIRTH_DATE\",\"NATIONALITY\"]}]}",
        "{\"queryId\":\"Q2\",\"decision\":\"REVIEW\",\"hits\":[{\"entryId\":\"BL000001\",\"score\":0.74,"
            + "\"evidence\":[\"PHONE\"]}]}",
        "{\"queryId\":\"Q3\",\"decision\":\"BLOCK\",\"hits\":[{\"entryId\":\"BL000002\",\"score\":0.9979,"
            + "\"evidence\":[\"LEGAL_REPRESENTATIVE\",\"NAME\",\"BIRTH_DATE\",\"NATIONALITY\"]}]}",
        "{\"queryId\":\"Q4\",\"decision\":\"REVIEW\",\"hits\":[{\"entryId\":\"BL000001\",\"score\":0.713,"
            + "\"evidence\":[\"NAME\",\"BIRTH_DATE\"]}]}",
        "{\"queryId\":\"Q5\",\"decision\":\"CLEAR\",\"hits\":[]}",
        "{\"queryId\":\"Q6\",\"decision\":\"CLEAR\",\"hits\":[]}");
  }

  @Test
  void theExportedSharedListHoldsNoPlainIdentifierAndScreensTheSame() throws IOException {
    CliRun export = CliRun.of("", "blacklist", "export-shared", "--blacklist", list().toString(), "--key-file",
        key().toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.outLines()).hasSize(2);
    assertThat(export.out()).doesNotContain(RID, REP, "13800138000", "张伟", "李娜", "91350100M000100Y43", "acct:1001");
    Path shared = write("shared.jsonl", export.outLines());
    CliRun plain = CliRun.of("", "screen", "--blacklist", list().toString(), "--queries", queries().toString());
    CliRun viaShared = CliRun.of("", "screen", "--shared", shared.toString(), "--key-file", key().toString(),
        "--queries", queries().toString());
    assertThat(viaShared.exitCode()).as(viaShared.err()).isZero();
    assertThat(viaShared.outLines()).containsExactly(plain.outLines());
  }

  @Test
  void queriesCanComeFromStandardInput() throws IOException {
    String q = "{\"id\":\"S1\",\"idNumber\":\"" + RID + "\"}\n";
    CliRun run = CliRun.of(q, "screen", "--blacklist", list().toString(), "--queries", "-");
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines()[0]).startsWith("{\"queryId\":\"S1\",\"decision\":\"BLOCK\"");
  }

  @Test
  void aMalformedQueryLineStopsWithItsNumberAfterTheEarlierResults() throws IOException {
    Path q = write("bad.jsonl", "{\"id\":\"Q1\",\"idNumber\":\"" + RID + "\"}", "{\"id\":\"Q2\"}",
        "{\"id\":\"Q3\",\"idNumber\":\"" + RID + "\",\"phones\":{\"x\":1}", "{\"id\":\"Q4\"}");
    CliRun run = CliRun.of("", "screen", "--blacklist", list().toString(), "--queries", q.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.err()).contains("line 3").doesNotContain(RID);
    assertThat(run.err().lines()).filteredOn(l -> l.startsWith("zhibo:")).hasSize(1);
  }

  @Test
  void malformedUtf8InQueriesStopsAfterTheEarlierResults() throws IOException {
    Path q = dir.resolve("utf.jsonl");
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(("{\"id\":\"Q1\",\"idNumber\":\"" + RID + "\"}\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', (byte) 0xFF, '}', '\n'});
    Files.write(q, bytes.toByteArray());
    CliRun run = CliRun.of("", "screen", "--blacklist", list().toString(), "--queries", q.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.err()).contains("line 2", "UTF-8");
  }

  @Test
  void aMalformedListLineIsNamedAndNotEchoed() throws IOException {
    Path bad = write("badlist.jsonl", "{\"id\":\"BL1\",\"idNumber\":\"" + RID + "\"}", "{\"idNumber\":\"" + RID + "\"}");
    CliRun run = CliRun.of("", "screen", "--blacklist", bad.toString(), "--queries", queries().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--blacklist", "line 2", "id").doesNotContain(RID);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(CliRun.of("", "screen", "--queries", queries().toString()).exitCode()).isEqualTo(2);
    CliRun noKey = CliRun.of("", "screen", "--shared", list().toString(), "--queries", queries().toString());
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).contains("--key-file");
    CliRun both = CliRun.of("", "screen", "--blacklist", list().toString(), "--shared", list().toString(),
        "--queries", queries().toString());
    assertThat(both.exitCode()).isEqualTo(2);
    Path badKey = write("k.json", "{\"keyId\":\"k\",\"key\":\"c2hvcnQ=\"}");
    CliRun shortKey = CliRun.of("", "blacklist", "export-shared", "--blacklist", list().toString(), "--key-file",
        badKey.toString());
    assertThat(shortKey.exitCode()).isEqualTo(2);
    assertThat(shortKey.err()).contains("--key-file").doesNotContain("c2hvcnQ");
    CliRun wrongKey = CliRun.of("", "screen", "--shared", list().toString(), "--key-file", key().toString(),
        "--queries", queries().toString());
    assertThat(wrongKey.exitCode()).isEqualTo(2);
    assertThat(wrongKey.err()).contains("--shared", "line 1");
    assertThat(CliRun.of("", "blacklist").exitCode()).isEqualTo(2);
  }
}
