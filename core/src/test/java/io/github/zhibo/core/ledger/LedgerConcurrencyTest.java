package io.github.zhibo.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerConcurrencyTest {

  static final int THREADS = 16;
  static final int PER_THREAD = 500;

  @TempDir
  static Path dir;

  static Stream<Arguments> stores() {
    Supplier<LedgerStore> memory = LedgerStore::inMemory;
    Supplier<LedgerStore> file = () -> LedgerStore.jsonLines(dir.resolve("concurrent.jsonl"), FsyncPolicy.OS_DEFAULT);
    return Stream.of(Arguments.of("in-memory", memory), Arguments.of("json-lines", file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void concurrentAppends_loseNothing_andKeepTheChainValid(String name, Supplier<LedgerStore> stores) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    var start = new CountDownLatch(1);
    try (var ledger = EvidenceLedger.builder().store(stores.get()).clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      var futures = new ArrayList<Future<?>>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            ledger.append(entry(thread, i));
            if (i % 100 == 0) {
              // Readers run alongside writers and must always see a valid prefix.
              assertThat(ledger.verify().isOk()).isTrue();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }

      List<LedgerRecord> records = ledger.records();
      assertThat(records).hasSize(THREADS * PER_THREAD);
      Set<String> expected = new HashSet<>();
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < PER_THREAD; i++) {
          expected.add(t + "/" + i);
        }
      }
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < records.size(); k++) {
        assertThat(records.get(k).sequence()).isEqualTo(k + 1);
        seen.add(records.get(k).payload().get("n"));
      }
      assertThat(seen).isEqualTo(expected);
      assertThat(ledger.verify()).isEqualTo(new VerificationResult(THREADS * PER_THREAD, java.util.Optional.empty()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fileStore_afterConcurrentAppends_reopensIntact() throws Exception {
    Path file = dir.resolve("reopen.jsonl");
    ChainHead head;
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.jsonLines(file, FsyncPolicy.OS_DEFAULT))
        .clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      var threads = new ArrayList<Thread>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        threads.add(new Thread(() -> {
          for (int i = 0; i < 100; i++) {
            ledger.append(entry(thread, i));
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread th : threads) {
        th.join();
      }
      head = ledger.head().orElseThrow();
    }
    try (var reopened = EvidenceLedger.builder().store(LedgerStore.jsonLines(file))
        .clock(LedgerFixtures.fixed(LedgerFixtures.START)).build()) {
      assertThat(reopened.head()).contains(head);
      assertThat(head.sequence()).isEqualTo(400);
      assertThat(reopened.verify(head).isOk()).isTrue();
    }
  }

  static LedgerEntry entry(int thread, int i) {
    return new LedgerEntry(ProfileId.ORDER_117, ArticleRef.of(LegalText.ORDER_117, 20), SubjectRef.of("acct:" + thread),
        RecordType.of("CONCURRENCY_PROBE"), Map.of("n", thread + "/" + i), LocalDate.of(2029, 2, 1));
  }
}
