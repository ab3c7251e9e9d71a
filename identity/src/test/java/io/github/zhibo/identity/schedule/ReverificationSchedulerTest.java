package io.github.zhibo.identity.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.InMemoryRegistrationArchive;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.identity.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReverificationSchedulerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final int RECORDS = 300;

  /** Answers UNAVAILABLE with the given probability, else MATCH; seeded, thread-safe. */
  static final class FlakyChannel implements Reverifier {
    private final Random random;
    private final double failureRate;
    final AtomicInteger calls = new AtomicInteger();

    FlakyChannel(long seed, double failureRate) {
      this.random = new Random(seed);
      this.failureRate = failureRate;
    }

    @Override
    public synchronized VerificationOutcome reverify(PartyId subject, ArchiveRole role) {
      calls.incrementAndGet();
      return random.nextDouble() < failureRate ? VerificationOutcome.UNAVAILABLE : VerificationOutcome.MATCH;
    }
  }

  /** The process dies inside a channel call. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private final EvidenceLedger ledger = Fixtures.ledger(Fixtures.clockAt(TODAY));
  private final InMemoryDueSetStore store = new InMemoryDueSetStore();

  private ReverificationScheduler.Builder scheduler(RegulationProfile profile, Reverifier reverifier, Environment env) {
    return ReverificationScheduler.builder().profile(profile).store(store).reverifier(reverifier).ledger(ledger)
        .environment(env).backoff(Duration.ZERO, Duration.ZERO).pageSize(16);
  }

  private void trackOperators(ReverificationScheduler s) {
    for (int i = 0; i < RECORDS; i++) {
      // registered over the 300 days before the due window: every one is due by TODAY under both profiles
      s.track(Fixtures.organisation("op-" + i, LocalDate.of(2025, 1, 1).plusDays(i % 90)));
    }
  }

  private Map<String, Long> matchesBySubject() {
    return ledger.records().stream()
        .filter(r -> r.type().value().equals("REVERIFICATION_RESULT") && r.payload().get("outcome").equals("MATCH"))
        .collect(Collectors.groupingBy(r -> r.subject().value(), Collectors.counting()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 17, 99})
  void withThirtyPercentFailuresEveryRecordIsEventuallyVerifiedOnceAndNoneDropped(long seed) {
    var channel = new FlakyChannel(seed, 0.30);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var s = scheduler(Fixtures.ORDER_117, channel, Fixtures.environmentAt(TODAY).withExecutor(pool))
          .maxAttempts(1).maxConcurrency(3).build();
      trackOperators(s);
      long verified = 0;
      int runs = 0;
      while (!store.due(TODAY, null, 1).entries().isEmpty()) {
        RunReport r = s.run(TODAY);
        assertThat(r.conflicts()).isZero();
        verified += r.verified();
        assertThat(++runs).as("seed %d: runs until done", seed).isLessThan(50);
      }
      assertThat(verified).isEqualTo(RECORDS);
      assertThat(store.size()).as("none dropped").isEqualTo(RECORDS);
      Map<String, Long> matches = matchesBySubject();
      assertThat(matches).hasSize(RECORDS);
      assertThat(matches.values()).containsOnly(1L);
      assertThat(store.get(PartyId.of("op-0")).orElseThrow().dueOn()).isEqualTo(TODAY.plusMonths(6));
      assertThat(ledger.verify().isOk()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retriesWithinARunAbsorbTransientFailures() {
    var channel = new FlakyChannel(5, 0.30);
    var s = scheduler(Fixtures.DRAFT_2025, channel, Fixtures.environmentAt(TODAY)).maxAttempts(6).build();
    trackOperators(s);
    RunReport r = s.run(TODAY);
    assertThat(r.examined()).isEqualTo(RECORDS);
    assertThat(r.retries()).isPositive();
    assertThat(r.verified() + r.unavailable()).isEqualTo(RECORDS);
    assertThat(channel.calls.get()).isEqualTo(RECORDS + r.retries());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 57, 150, 299})
  void aCrashMidRunLosesNothingAndCountsNothingTwice(int crashAtCall) {
    var calls = new AtomicInteger();
    var flaky = new FlakyChannel(crashAtCall, 0.30);
    Reverifier crashing = (subject, role) -> {
      if (calls.incrementAndGet() == crashAtCall) {
        throw new SimulatedCrash();
      }
      return flaky.reverify(subject, role);
    };
    var first = scheduler(Fixtures.ORDER_117, crashing, Fixtures.environmentAt(TODAY)).maxAttempts(2).build();
    trackOperators(first);
    assertThatThrownBy(() -> first.run(TODAY)).isInstanceOf(SimulatedCrash.class);
    assertThat(store.size()).isEqualTo(RECORDS);

    // a new process over the same store
    var restarted = scheduler(Fixtures.ORDER_117, flaky, Fixtures.environmentAt(TODAY)).maxAttempts(2).build();
    int runs = 0;
    while (!store.due(TODAY, null, 1).entries().isEmpty() && runs++ < 50) {
      restarted.run(TODAY);
    }
    Map<String, Long> matches = matchesBySubject();
    assertThat(matches).hasSize(RECORDS);
    assertThat(matches.values()).containsOnly(1L);
    assertThat(store.due(TODAY, null, 1).entries()).isEmpty();
  }

  @Test
  void concurrencyIsBounded() throws Exception {
    var inFlight = new AtomicInteger();
    var maxSeen = new AtomicInteger();
    Reverifier slow = (subject, role) -> {
      int n = inFlight.incrementAndGet();
      maxSeen.accumulateAndGet(n, Math::max);
      Thread.onSpinWait();
      for (int i = 0; i < 10_000; i++) {
        Thread.onSpinWait();
      }
      inFlight.decrementAndGet();
      return VerificationOutcome.MATCH;
    };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var s = scheduler(Fixtures.ORDER_117, slow, Fixtures.environmentAt(TODAY).withExecutor(pool)).maxConcurrency(2)
          .build();
      trackOperators(s);
      assertThat(s.run(TODAY).verified()).isEqualTo(RECORDS);
      assertThat(maxSeen.get()).isBetween(1, 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyCallPassesTheThrottle() {
    var permits = new AtomicInteger();
    var channel = new FlakyChannel(11, 0.30);
    var s = scheduler(Fixtures.ORDER_117, channel, Fixtures.environmentAt(TODAY)).maxAttempts(3)
        .throttle(permits::incrementAndGet).build();
    trackOperators(s);
    s.run(TODAY);
    assertThat(permits.get()).isEqualTo(channel.calls.get());
  }

  @Test
  void mismatchStaysDueAndEscalatesOnceAfterTheGracePeriod() {
    List<ComplianceEvent> events = Collections.synchronizedList(new ArrayList<>());
    List<Measure> taken = new ArrayList<>();
    Function<LocalDate, Environment> env = day -> Fixtures.environmentAt(day).withListener(events::add);
    var params = PlatformParameters.defaults().with("test", ScheduleParameters.ESCALATION_GRACE_DAYS, 10);
    Reverifier mismatch = (subject, role) -> VerificationOutcome.MISMATCH;
    var op = Fixtures.organisation("op-1", LocalDate.of(2025, 9, 1));   // due 2026-03-01
    var first = scheduler(Fixtures.ORDER_117, mismatch, env.apply(LocalDate.of(2026, 3, 11))).parameters(params)
        .escalation((e, m) -> taken.add(m)).build();
    first.track(op);

    RunReport withinGrace = first.run(LocalDate.of(2026, 3, 11));
    assertThat(withinGrace.mismatched()).isEqualTo(1);
    assertThat(withinGrace.escalated()).isZero();

    var later = scheduler(Fixtures.ORDER_117, mismatch, env.apply(LocalDate.of(2026, 3, 12))).parameters(params)
        .escalation((e, m) -> taken.add(m)).build();
    assertThat(later.run(LocalDate.of(2026, 3, 12)).escalated()).isEqualTo(1);
    assertThat(later.run(LocalDate.of(2026, 3, 12)).escalated()).as("once per due day").isZero();
    assertThat(taken).containsExactly(Measure.FUNCTION_LIMIT);
    DueEntry entry = store.get(op.partyId()).orElseThrow();
    assertThat(entry.escalated()).isTrue();
    assertThat(entry.failedAttempts()).isEqualTo(3);
    assertThat(entry.dueOn()).as("still due: only a verification moves it").isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(events).filteredOn(e -> e instanceof ComplianceEvent.DeadlineMissed).hasSize(1);
    List<LedgerRecord> escalations = ledger.records().stream()
        .filter(r -> r.type().value().equals("REVERIFICATION_ESCALATED")).toList();
    assertThat(escalations).singleElement().satisfies(r -> {
      assertThat(r.payload()).containsEntry("measure", "FUNCTION_LIMIT").containsEntry("graceDays", "10");
      assertThat(r.article().toString()).isEqualTo("ORDER_117 Art. 8(1)");
    });
  }

  @Test
  void draftTracksMarketersOrder117DoesNot() {
    Reverifier ok = (subject, role) -> VerificationOutcome.MATCH;
    var draft = scheduler(Fixtures.DRAFT_2025, ok, Fixtures.environmentAt(TODAY)).build();
    assertThat(draft.track(Fixtures.marketer("m-1", LocalDate.of(2025, 12, 31)))).isTrue();
    var order = scheduler(Fixtures.ORDER_117, ok, Fixtures.environmentAt(TODAY)).build();
    assertThat(order.track(Fixtures.marketer("m-2", LocalDate.of(2025, 12, 31)))).isFalse();
    RunReport r = draft.run(TODAY);
    assertThat(r.verified()).isEqualTo(1);
    assertThat(store.get(PartyId.of("m-1")).orElseThrow().dueOn()).isEqualTo(TODAY.plusMonths(3));
    assertThat(ledger.records().get(0).article().toString()).isEqualTo("DRAFT_2025 Art. 8(1)");
  }

  @Test
  void verificationsReachTheArchiveHistory() {
    var archive = InMemoryRegistrationArchive.builder().profile(Fixtures.ORDER_117).ledger(ledger)
        .environment(Fixtures.environmentAt(TODAY)).build();
    var op = Fixtures.organisation("op-1", LocalDate.of(2025, 9, 1));
    archive.register(op);
    var s = scheduler(Fixtures.ORDER_117, (subject, role) -> VerificationOutcome.MATCH, Fixtures.environmentAt(TODAY))
        .archive(archive).build();
    s.track(op);
    s.run(TODAY);
    assertThat(archive.find(op.partyId()).orElseThrow().lastVerifiedOn()).isEqualTo(TODAY);
  }

  @Test
  void aSubjectThatLeftTheArchiveIsDroppedWithoutStoppingTheRun() {
    var archive = InMemoryRegistrationArchive.builder().profile(Fixtures.ORDER_117).ledger(ledger)
        .environment(Fixtures.environmentAt(TODAY)).build();
    var kept = Fixtures.organisation("op-1", LocalDate.of(2025, 9, 1));
    archive.register(kept);
    var s = scheduler(Fixtures.ORDER_117, (subject, role) -> VerificationOutcome.MATCH, Fixtures.environmentAt(TODAY))
        .archive(archive).build();
    s.track(Fixtures.organisation("op-0", LocalDate.of(2025, 8, 1)));   // never in the archive
    s.track(kept);
    RunReport r = s.run(TODAY);
    assertThat(r.conflicts()).isEqualTo(1);
    assertThat(r.verified()).isEqualTo(1);
    assertThat(store.get(PartyId.of("op-0"))).isEmpty();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void anAdapterExceptionIsUnavailableNotACrash() {
    Reverifier broken = (subject, role) -> {
      throw new IllegalStateException("channel adapter bug");
    };
    var s = scheduler(Fixtures.ORDER_117, broken, Fixtures.environmentAt(TODAY)).maxAttempts(2).build();
    s.track(Fixtures.organisation("op-1", LocalDate.of(2025, 9, 1)));
    RunReport r = s.run(TODAY);
    assertThat(r.unavailable()).isEqualTo(1);
    assertThat(r.retries()).isEqualTo(1);
    assertThat(store.due(TODAY, null, 10).entries()).hasSize(1);
  }

  @Test
  void aRunForAFutureDayIsRefused() {
    var s = scheduler(Fixtures.ORDER_117, (subject, role) -> VerificationOutcome.MATCH, Fixtures.environmentAt(TODAY))
        .build();
    assertThatThrownBy(() -> s.run(TODAY.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scheduler(Fixtures.ORDER_117, (a, b) -> VerificationOutcome.MATCH, Fixtures.environmentAt(TODAY))
        .escalationMeasure(Measure.TEMPORARY_SUSPENSION).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
