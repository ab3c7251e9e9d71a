package io.github.zhibo.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesLedgerStoreTest {

  @TempDir
  Path dir;

  EvidenceLedger open(Path file, FsyncPolicy policy) {
    return EvidenceLedger.builder().store(LedgerStore.jsonLines(file, policy))
        .clock(LedgerFixtures.fixed(LedgerFixtures.START)).build();
  }

  @Test
  void reopen_restoresTheChainTail_andContinuesIt() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    Random rnd = new Random(7);
    List<LedgerRecord> before;
    try (var ledger = open(file, FsyncPolicy.EVERY_APPEND)) {
      for (int i = 0; i < 3; i++) {
        ledger.append(LedgerFixtures.randomEntry(rnd));
      }
      before = ledger.records();
    }
    try (var reopened = open(file, FsyncPolicy.EVERY_APPEND)) {
      assertThat(reopened.head()).contains(ChainHead.of(before.get(2)));
      assertThat(reopened.records()).isEqualTo(before);
      var fourth = reopened.append(LedgerFixtures.randomEntry(rnd));
      assertThat(fourth.sequence()).isEqualTo(4);
      assertThat(fourth.previousHash()).isEqualTo(before.get(2).hash());
      assertThat(reopened.verify().isOk()).isTrue();
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(4);
  }

  @Test
  void tornLastLine_isReportedByVerify_andBlocksAppends() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    Random rnd = new Random(8);
    try (var ledger = open(file, FsyncPolicy.OS_DEFAULT)) {
      ledger.append(LedgerFixtures.randomEntry(rnd));
      ledger.append(LedgerFixtures.randomEntry(rnd));
    }
    // A crash in the middle of writing the third line.
    Files.writeString(file, "{\"seq\":3,\"at\":\"2026-02", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    long size = Files.size(file);

    try (var ledger = open(file, FsyncPolicy.OS_DEFAULT)) {
      VerificationResult result = ledger.verify();
      assertThat(result.firstBreak()).hasValueSatisfying(b -> {
        assertThat(b.reason()).isEqualTo(BreakReason.TORN_TAIL);
        assertThat(b.position()).isEqualTo(3);
      });
      assertThat(result.recordsChecked()).isEqualTo(2);
      assertThatThrownBy(() -> ledger.append(LedgerFixtures.randomEntry(rnd)))
          .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(LedgerError.UNREADABLE_TAIL));
      assertThatThrownBy(ledger::records).isInstanceOf(LedgerException.class);
    }
    assertThat(Files.size(file)).as("nothing dropped or appended").isEqualTo(size);
  }

  @Test
  void malformedLastLine_blocksAppends() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    try (var ledger = open(file, FsyncPolicy.OS_DEFAULT)) {
      ledger.append(LedgerFixtures.randomEntry(new Random(9)));
    }
    Files.writeString(file, "{}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (var ledger = open(file, FsyncPolicy.OS_DEFAULT)) {
      assertThat(ledger.verify().firstBreak()).hasValueSatisfying(b -> {
        assertThat(b.reason()).isEqualTo(BreakReason.MALFORMED);
        assertThat(b.position()).isEqualTo(2);
      });
      assertThatThrownBy(() -> ledger.append(LedgerFixtures.randomEntry(new Random(9))))
          .isInstanceOf(LedgerException.class);
    }
  }

  @Test
  void secondWriter_isLockedOut() {
    Path file = dir.resolve("ledger.jsonl");
    try (var first = LedgerStore.jsonLines(file)) {
      assertThat(first.last()).isEmpty();
      assertThatThrownBy(() -> LedgerStore.jsonLines(file))
          .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(LedgerError.LOCKED));
    }
    try (var again = LedgerStore.jsonLines(file)) {
      assertThat(again.last()).isEmpty();
    }
  }

  @Test
  void closedStore_refusesWork() {
    var store = LedgerStore.jsonLines(dir.resolve("ledger.jsonl"));
    store.close();
    assertThatThrownBy(() -> store.scan(r -> true))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(LedgerError.CLOSED));
  }

  @Test
  void scan_stopsWhenTheVisitorSaysSo() {
    Path file = dir.resolve("ledger.jsonl");
    try (var ledger = open(file, FsyncPolicy.OS_DEFAULT)) {
      Random rnd = new Random(10);
      for (int i = 0; i < 5; i++) {
        ledger.append(LedgerFixtures.randomEntry(rnd));
      }
      var seen = new java.util.ArrayList<Long>();
      ledger.scan(r -> {
        seen.add(r.sequence());
        return r.sequence() < 3;
      });
      assertThat(seen).containsExactly(1L, 2L, 3L);
    }
  }
}
