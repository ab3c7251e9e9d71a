package io.github.zhibo.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.ledger.internal.Hashes;
import io.github.zhibo.core.ledger.internal.JsonLine;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pins the documented byte layout with an independent implementation of the specification. */
class CanonicalEncodingTest {

  static final LedgerRecord RECORD = new LedgerRecord(7, Instant.parse("2026-02-01T08:00:00.120Z"),
      ProfileId.ORDER_117, ArticleRef.of(LegalText.ORDER_117, 8, 1), SubjectRef.of("acct:1001"),
      RecordType.of("IDENTITY_VERIFIED"), Map.of("result", "通过", "channel", "PUBLIC_SECURITY"),
      LocalDate.of(2029, 2, 1), "ab".repeat(32), "cd".repeat(32));

  static void f(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  @Test
  void hash_isSha256OfTheDocumentedLayout() throws Exception {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    f(out, "zhibo-ledger/1");
    f(out, "7");
    f(out, "2026-02-01T08:00:00.120Z");
    f(out, "ORDER_117");
    f(out, "ORDER_117 Art. 8(1)");
    f(out, "acct:1001");
    f(out, "IDENTITY_VERIFIED");
    f(out, "2029-02-01");
    out.writeInt(2);
    f(out, "channel");
    f(out, "PUBLIC_SECURITY");
    f(out, "result");
    f(out, "通过");
    f(out, "ab".repeat(32));
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

    assertThat(Hashes.encode(RECORD)).isEqualTo(bytes.toByteArray());
    assertThat(Hashes.hashOf(RECORD)).isEqualTo(expected);
  }

  @Test
  void jsonLine_hasTheDocumentedShape() {
    assertThat(JsonLine.write(RECORD)).isEqualTo("{\"seq\":7,\"at\":\"2026-02-01T08:00:00.120Z\",\"profile\":\"ORDER_117\","
        + "\"article\":\"ORDER_117 Art. 8(1)\",\"subject\":\"acct:1001\",\"type\":\"IDENTITY_VERIFIED\","
        + "\"retainUntil\":\"2029-02-01\",\"payload\":{\"channel\":\"PUBLIC_SECURITY\",\"result\":\"通过\"},"
        + "\"prev\":\"" + "ab".repeat(32) + "\",\"hash\":\"" + "cd".repeat(32) + "\"}");
  }

  @Test
  void jsonLine_roundTripsRandomRecords() {
    Random rnd = new Random(42);
    for (int i = 0; i < 500; i++) {
      var r = io.github.zhibo.core.ledger.internal.Records.seal(1 + rnd.nextInt(1000),
          Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(100_000_000), rnd.nextInt(3) * 333_000_000L),
          LedgerFixtures.randomEntry(rnd), LedgerRecord.GENESIS_HASH);
      assertThat(JsonLine.read(JsonLine.write(r))).as("seed 42, record %d", i).isEqualTo(r);
    }
  }

  @Test
  void jsonLine_rejectsNonCanonicalSpellings() {
    String line = JsonLine.write(RECORD);
    for (String variant : new String[] {
        line.replace("{\"seq\":7", "{ \"seq\":7"),
        line.replace("\"seq\":7", "\"seq\":07"),
        line.replace("通过", "\\u901a\\u8fc7"),
        line.replace("cd".repeat(32), "CD".repeat(32)),
        line.replace("PUBLIC_SECURITY", "PUBLIC\\u005fSECURITY"),
        line.replace("acct:1001", "acct:1001\\/"),
        line + " "}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonLine.read(variant)).as(variant)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
