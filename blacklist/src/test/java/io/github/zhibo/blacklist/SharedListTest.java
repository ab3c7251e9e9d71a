package io.github.zhibo.blacklist;

import static io.github.zhibo.blacklist.Fixtures.ENV;
import static io.github.zhibo.blacklist.Fixtures.person;
import static io.github.zhibo.blacklist.Fixtures.rid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-token list: nothing plain leaves, the key and version are checked, screening is unchanged. */
class SharedListTest {

  static final String RID = rid("19900307", 123);
  static final ScreeningRecord ENTRY = person("BL1", "张伟", RID).phones(List.of("13800138000"))
      .deviceIds(List.of("A1B2C3D4E5F60718")).paymentAccounts(List.of("6222021234567890")).build();
  static final ConsortiumKey KEY = ConsortiumKey.of("consortium-2026a", new byte[32]);

  static String line(ConsortiumKey key) {
    return SharedListExporter.of(key, ScreeningPolicy.defaults(), ENV).line(ENTRY);
  }

  @Test
  void noPlainOrUnkeyedHashedIdentifierLeaves() throws Exception {
    String line = line(KEY);
    assertThat(line).contains("\"format\":\"zhibo.blacklist.shared\"", "\"version\":1",
        "\"keyId\":\"consortium-2026a\"", "\"entryId\":\"BL1\"");
    assertThat(line).doesNotContain(RID, "13800138000", "a1b2c3d4e5f60718", "6222021234567890", "张伟");
    for (String v : List.of(RID, "13800138000", "6222021234567890")) {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8));
      assertThat(line).doesNotContain(HexFormat.of().formatHex(sha).substring(0, 16));
      assertThat(line).doesNotContain(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha)
          .substring(0, 16));
    }
  }

  @Test
  void tokensAreDeterministicPerKeyAndDifferAcrossKeys() {
    assertThat(line(KEY)).isEqualTo(line(KEY));
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(line(ConsortiumKey.of("consortium-2026a", other))).isNotEqualTo(line(KEY));
  }

  @Test
  void aListUnderAnotherKeyIdIsRefused() {
    var builder = BlacklistIndex.builder().environment(ENV).key(ConsortiumKey.of("other", new byte[32]));
    assertThatThrownBy(() -> builder.addShared(line(KEY))).isInstanceOf(SharedListFormatException.class)
        .hasMessageContaining("keyId");
  }

  @Test
  void malformedLinesAreRefusedWithoutEchoingThem() {
    var builder = BlacklistIndex.builder().environment(ENV).key(KEY);
    assertThatThrownBy(() -> builder.addShared("{\"format\":\"x\"}")).isInstanceOf(SharedListFormatException.class);
    assertThatThrownBy(() -> builder.addShared(line(KEY).replace("\"version\":1", "\"version\":2")))
        .hasMessageContaining("version");
    assertThatThrownBy(() -> builder.addShared(line(KEY).replaceFirst("\\[\"[^\"]+\"", "[\"" + RID + "\"")))
        .isInstanceOf(SharedListFormatException.class).message().doesNotContain(RID);
  }

  @Test
  void theSharedListScreensLikeThePlainOne() {
    BlacklistIndex shared = BlacklistIndex.builder().environment(ENV).key(KEY).addShared(line(KEY)).build();
    BlacklistIndex plain = Fixtures.index(ENTRY);
    List<ScreeningRecord> queries = List.of(person("Q1", "x", RID.toLowerCase()).build(),
        person("Q2", "y", rid("19920101", 5)).phones(List.of("+86 138 0013 8000")).build(),
        person("Q3", "z", rid("19920101", 6)).deviceIds(List.of("a1b2-c3d4-e5f6-0718")).build(),
        person("Q4", "w", rid("19920101", 7)).build());
    for (ScreeningRecord q : queries) {
      assertThat(shared.screen(q)).as(q.id()).isEqualTo(plain.screen(q));
    }
  }

  @Test
  void aSnapshotRestoresTheSameIndexAndHoldsNoIdentifier() throws Exception {
    BlacklistIndex plain = BlacklistIndex.builder().environment(ENV).key(KEY).add(ENTRY).build();
    var bytes = new java.io.ByteArrayOutputStream();
    plain.writeSnapshot(bytes);
    assertThat(bytes.toString(StandardCharsets.ISO_8859_1)).doesNotContain(RID, "13800138000", "6222021234567890");
    BlacklistIndex restored = BlacklistIndex.readSnapshot(new java.io.ByteArrayInputStream(bytes.toByteArray()), KEY,
        ScreeningPolicy.defaults(), ENV);
    ScreeningRecord q = person("Q", "x", RID).phones(List.of("+86 13800138000")).build();
    assertThat(restored.screen(q)).isEqualTo(plain.screen(q));
    assertThat(restored.size()).isEqualTo(1);
    assertThatThrownBy(() -> BlacklistIndex.readSnapshot(new java.io.ByteArrayInputStream(bytes.toByteArray()),
        ConsortiumKey.of("other", new byte[32]), ScreeningPolicy.defaults(), ENV))
        .isInstanceOf(SharedListFormatException.class);
    byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
    assertThatThrownBy(() -> BlacklistIndex.readSnapshot(new java.io.ByteArrayInputStream(truncated), KEY,
        ScreeningPolicy.defaults(), ENV)).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void keyFilesAreReadAndNeverShown() {
    ConsortiumKey k = ConsortiumKey.fromJson(KEY.toJson());
    assertThat(k).isEqualTo(KEY);
    assertThat(k.toString()).isEqualTo("ConsortiumKey[consortium-2026a]");
    assertThat(ConsortiumKey.fromJson("{\"keyId\":\"k1\",\"keyHex\":\"" + "ab".repeat(32) + "\"}").keyId()).isEqualTo("k1");
    assertThatThrownBy(() -> ConsortiumKey.fromJson("{\"keyId\":\"k1\",\"key\":\"AAAA\"}"))
        .hasMessageContaining("shorter");
    assertThatThrownBy(() -> ConsortiumKey.fromJson("{\"key\":\"AAAA\"}")).hasMessageContaining("keyId");
    String b64 = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(ConsortiumKey.fromJson("keyId=consortium-2026a\nkey=" + b64 + "\n")).isEqualTo(KEY);
    assertThat(ConsortiumKey.fromJson("0".repeat(64) + "\n")).isEqualTo(ConsortiumKey.of("default", new byte[32]));
    assertThat(ConsortiumKey.fromJson("{\"id\":\"k2\",\"secret\":\"a long shared passphrase\"}").keyId())
        .isEqualTo("k2");
  }
}
