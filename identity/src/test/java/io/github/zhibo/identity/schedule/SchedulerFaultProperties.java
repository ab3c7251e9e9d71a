package io.github.zhibo.identity.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.identity.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's fault guarantees over many seeds: 30 % of channel calls fail, the process crashes at a random
 * call, a new scheduler resumes over the same store on a thread pool — and in the end every record is verified
 * exactly once (one accepted MATCH per subject), none is dropped, and nothing is still due.
 */
class SchedulerFaultProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final int RECORDS = 120;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  @AfterAll
  static void shutDown() {
    POOL.shutdownNow();
  }

  /** The process dies inside a channel call. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void crashAndFailuresNeverLoseOrDoubleCountARecord() {
    qt().withFixedSeed(20260331L).withExamples(25)
        .forAll(longs().between(1, Long.MAX_VALUE / 2), integers().between(1, RECORDS * 2))
        .checkAssert(this::scenario);
  }

  private void scenario(long seed, int crashAt) {
    var store = new InMemoryDueSetStore();
    var ledger = Fixtures.ledger(Fixtures.clockAt(TODAY));
    var random = new Random(seed);
    var calls = new AtomicInteger();
    Map<PartyId, AtomicInteger> accepted = new ConcurrentHashMap<>();
    Reverifier channel = (subject, role) -> {
      if (calls.incrementAndGet() == crashAt) {
        throw new Crash();
      }
      synchronized (random) {
        return random.nextDouble() < 0.30 ? VerificationOutcome.UNAVAILABLE : VerificationOutcome.MATCH;
      }
    };
    var env = Fixtures.environmentAt(TODAY).withExecutor(POOL);
    ReverificationScheduler first = builder(store, ledger, channel, env).build();
    for (int i = 0; i < RECORDS; i++) {
      store.put(DueEntry.of(PartyId.of("op-" + i), ArchiveRole.OPERATOR, TODAY.minusDays(i % 40)));
    }
    long verified = 0;
    boolean crashed = false;
    for (int run = 0; run < 60 && !store.due(TODAY, null, 1).entries().isEmpty(); run++) {
      ReverificationScheduler s = crashed || crashAt > RECORDS * 2 ? builder(store, ledger, channel, env).build() : first;
      try {
        verified += s.run(TODAY).verified();
      } catch (Crash c) {
        crashed = true;
      }
    }
    ledger.records().stream()
        .filter(r -> r.type().value().equals("REVERIFICATION_RESULT") && r.payload().get("outcome").equals("MATCH"))
        .forEach(r -> accepted.computeIfAbsent(PartyId.of(r.subject().value().substring("party:".length())),
            k -> new AtomicInteger()).incrementAndGet());
    assertThat(store.due(TODAY, null, 1).entries()).as("seed %d crash %d: all verified", seed, crashAt).isEmpty();
    assertThat(store.size()).as("none dropped").isEqualTo(RECORDS);
    assertThat(accepted).hasSize(RECORDS);
    assertThat(accepted.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    // the crashed run returns no report (its verifications are in the store and the ledger, not in a count);
    // the runs that did report never count a record twice
    assertThat(verified).isLessThanOrEqualTo(RECORDS);
  }

  private static ReverificationScheduler.Builder builder(InMemoryDueSetStore store,
      io.github.zhibo.core.ledger.EvidenceLedger ledger, Reverifier channel, io.github.zhibo.core.env.Environment env) {
    return ReverificationScheduler.builder().profile(Fixtures.ORDER_117).store(store).ledger(ledger)
        .reverifier(channel).environment(env).maxConcurrency(3).maxAttempts(2).pageSize(8)
        .backoff(Duration.ZERO, Duration.ZERO);
  }
}
