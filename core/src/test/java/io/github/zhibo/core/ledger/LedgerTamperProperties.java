package io.github.zhibo.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.ledger.internal.JsonLine;
import io.github.zhibo.core.ledger.internal.Records;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: a random chain, one random tampering, and verify() must report it at the right
 * position. The seed is the test's display name and is in every assertion message; rerun one case with
 * {@code seeds()} narrowed to it.
 */
class LedgerTamperProperties {

  private static final long BASE_SEED = 0x5EED_2026L;

  enum Tamper { CHANGE, DELETE, REORDER, INSERT }

  static Stream<Long> seeds() {
    return LongStream.range(0, 400).mapToObj(i -> BASE_SEED + i);
  }

  static Stream<Long> fileSeeds() {
    return LongStream.range(0, 120).mapToObj(i -> BASE_SEED * 31 + i);
  }

  @TempDir
  Path dir;

  /** The chain as a list plus the anchor, made by a real ledger on a real in-memory store. */
  record Chain(List<LedgerRecord> records, ChainHead anchor) {}

  static Chain randomChain(Random rnd, int size) {
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory())
        .clock(LedgerFixtures.steppingClock(rnd)).build()) {
      for (int i = 0; i < size; i++) {
        ledger.append(LedgerFixtures.randomEntry(rnd));
      }
      return new Chain(ledger.records(), ledger.head().orElseThrow());
    }
  }

  /** Applies one tampering in place and returns the 1-based position where the chain must break first. */
  static long tamper(Tamper kind, List<LedgerRecord> records, Random rnd) {
    int n = records.size();
    switch (kind) {
      case CHANGE -> {
        int k = rnd.nextInt(n);
        records.set(k, changeOneField(records.get(k), rnd));
        return k + 1;
      }
      case DELETE -> {
        int k = rnd.nextInt(n);
        records.remove(k);
        return k + 1;
      }
      case REORDER -> {
        int i = rnd.nextInt(n - 1);
        int j = i + 1 + rnd.nextInt(n - 1 - i);
        Collections.swap(records, i, j);
        return i + 1;
      }
      case INSERT -> {
        // The best forgery: right sequence number, right link, valid hash. It passes itself, unless it takes
        // the anchor's place; the displaced original record after it cannot pass.
        int k = rnd.nextInt(n);
        String prev = k == 0 ? LedgerRecord.GENESIS_HASH : records.get(k - 1).hash();
        records.add(k, Records.seal(k + 1, records.get(k).recordedAt(), LedgerFixtures.randomEntry(rnd), prev));
        return k + 1 == n ? n : k + 2;
      }
      default -> throw new AssertionError(kind);
    }
  }

  static LedgerRecord changeOneField(LedgerRecord r, Random rnd) {
    var payload = new TreeMap<>(r.payload());
    long seq = r.sequence();
    var at = r.recordedAt();
    ProfileId profile = r.profile();
    ArticleRef article = r.article();
    SubjectRef subject = r.subject();
    RecordType type = r.type();
    var retain = r.retainUntil();
    String prev = r.previousHash();
    String hash = r.hash();
    switch (rnd.nextInt(10)) {
      case 0 -> seq = seq + 1 + rnd.nextInt(5);
      case 1 -> at = at.plus(Duration.ofNanos(1 + rnd.nextInt(1_000_000_000)));
      case 2 -> profile = ProfileId.of("ACME_STRICT");
      case 3 -> article = article.article() < article.text().articleCount()
          ? ArticleRef.of(article.text(), article.article() + 1) : ArticleRef.of(article.text(), 1);
      case 4 -> subject = SubjectRef.of(subject.value() + "0");
      case 5 -> type = RecordType.of(type.value() + "_X");
      case 6 -> retain = retain.minusDays(1 + rnd.nextInt(365));
      case 7 -> {
        if (payload.isEmpty() || rnd.nextBoolean()) {
          payload.put("forged", "yes");
        } else {
          String key = payload.firstKey();
          payload.put(key, payload.get(key) + "!");
        }
      }
      case 8 -> prev = flipHex(prev, rnd);
      default -> hash = flipHex(hash, rnd);
    }
    return new LedgerRecord(seq, at, profile, article, subject, type, payload, retain, prev, hash);
  }

  static String flipHex(String hex, Random rnd) {
    int i = rnd.nextInt(hex.length());
    char c = hex.charAt(i);
    char d = c == 'f' ? '0' : Character.forDigit(Character.digit(c, 16) + 1, 16);
    return hex.substring(0, i) + d + hex.substring(i + 1);
  }

  static VerificationResult verifyInMemory(List<LedgerRecord> records, ChainHead anchor) {
    LedgerStore store = LedgerStore.inMemory();
    records.forEach(store::append);
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(store).clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      return ledger.verify(anchor);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void inMemory_untamperedChain_verifies(long seed) {
    Random rnd = new Random(seed);
    Chain chain = randomChain(rnd, 1 + rnd.nextInt(25));
    VerificationResult result = verifyInMemory(chain.records(), chain.anchor());
    assertThat(result.isOk()).as("seed %d: %s", seed, result).isTrue();
    assertThat(result.recordsChecked()).as("seed %d", seed).isEqualTo(chain.records().size());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void inMemory_everyTampering_isDetectedAtItsPosition(long seed) {
    Random rnd = new Random(seed);
    Chain chain = randomChain(rnd, 2 + rnd.nextInt(24));
    Tamper kind = Tamper.values()[rnd.nextInt(Tamper.values().length)];
    var records = new ArrayList<>(chain.records());
    long expected = tamper(kind, records, rnd);

    VerificationResult result = verifyInMemory(records, chain.anchor());

    assertThat(result.firstBreak()).as("seed %d, %s: %s", seed, kind, result).isPresent();
    assertThat(result.firstBreak().orElseThrow().position()).as("seed %d, %s: %s", seed, kind, result).isEqualTo(expected);
    assertThat(result.recordsChecked()).as("seed %d", seed).isEqualTo(expected - 1);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("fileSeeds")
  void file_everyRecordTampering_isDetectedAtItsLine(long seed) throws IOException {
    Random rnd = new Random(seed);
    Chain chain = randomChain(rnd, 2 + rnd.nextInt(20));
    Tamper kind = Tamper.values()[rnd.nextInt(Tamper.values().length)];
    var records = new ArrayList<>(chain.records());
    long expected = tamper(kind, records, rnd);
    Path file = dir.resolve("ledger-" + seed + ".jsonl");
    var lines = new StringBuilder();
    records.forEach(r -> lines.append(JsonLine.write(r)).append('\n'));
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    VerificationResult result = verifyFile(file, chain.anchor());

    assertThat(result.firstBreak().map(ChainBreak::position)).as("seed %d, %s: %s", seed, kind, result).contains(expected);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("fileSeeds")
  void file_everyByteFlip_isDetectedAtItsLine(long seed) throws IOException {
    Random rnd = new Random(seed);
    Chain chain = randomChain(rnd, 1 + rnd.nextInt(20));
    Path file = dir.resolve("ledger-" + seed + ".jsonl");
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.jsonLines(file, FsyncPolicy.OS_DEFAULT))
        .clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      chain.records().forEach(r -> ledger.append(r.entry()));
      chain = new Chain(ledger.records(), ledger.head().orElseThrow());
    }
    assertThat(verifyFile(file, chain.anchor()).isOk()).as("seed %d: untampered file", seed).isTrue();

    byte[] bytes = Files.readAllBytes(file);
    int at = rnd.nextInt(bytes.length);
    bytes[at] ^= (byte) (1 + rnd.nextInt(255));
    Files.write(file, bytes);
    long expectedLine = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        expectedLine++;
      }
    }

    VerificationResult result = verifyFile(file, chain.anchor());

    assertThat(result.firstBreak().map(ChainBreak::position))
        .as("seed %d, byte %d of %d: %s", seed, at, bytes.length, result).contains(expectedLine);
  }

  static VerificationResult verifyFile(Path file, ChainHead anchor) {
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.jsonLines(file, FsyncPolicy.OS_DEFAULT))
        .clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      return ledger.verify(anchor);
    }
  }

  // Guards the generator itself: a property over a chain of one kind of record would prove little.
  @Test
  void generator_coversBothTexts() {
    Chain chain = randomChain(new Random(BASE_SEED), 60);
    assertThat(chain.records()).extracting(r -> r.article().text()).contains(LegalText.ORDER_117, LegalText.DRAFT_2025);
    assertThat(chain.records()).anySatisfy(r -> assertThat(r.payload()).isNotEmpty());
  }
}
