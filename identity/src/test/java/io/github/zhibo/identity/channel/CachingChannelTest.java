package io.github.zhibo.identity.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CachingChannelTest {
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final Environment env = Environment.of(clock);

  private static VerificationRequest person(int i) {
    return new VerificationRequest.PersonCheck("人" + i, TestIds.residentDoc(LocalDate.of(1990, 1, 1).plusDays(i), i % 1000));
  }

  private CountingChannel answering(VerificationOutcome outcome) {
    return new CountingChannel(r -> outcome.isDecisive()
        ? Verification.decided(outcome, r.channel(), clock.instant(), EvidenceRef.of("t-" + outcome))
        : Verification.unavailable(r.channel(), clock.instant(), UnavailableReason.CHANNEL_ERROR));
  }

  @Test
  void aSecondCallIsAHitAndKeepsTheChannelsTime() {
    var delegate = answering(VerificationOutcome.MATCH);
    var cache = CachingChannel.builder(delegate).environment(env).build();
    Verification first = cache.verify(person(1));
    clock.advance(Duration.ofMinutes(5));
    Verification second = cache.verify(person(1));
    assertThat(delegate.calls()).isEqualTo(1);
    assertThat(second).isEqualTo(first);
    assertThat(second.checkedAt()).isEqualTo(T0);
    assertThat(cache.stats().hitCount()).isEqualTo(1);
    assertThat(cache.stats().missCount()).isEqualTo(1);
    assertThat(cache.stats().hitRate()).isEqualTo(0.5);
  }

  @Test
  void unavailableIsNeverCached() {
    var delegate = answering(VerificationOutcome.UNAVAILABLE);
    var cache = CachingChannel.builder(delegate).environment(env).build();
    assertThat(cache.verify(person(1)).outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(cache.verify(person(1)).outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(delegate.calls()).isEqualTo(2);
    assertThat(cache.stats().unavailableCount()).isEqualTo(2);
    assertThat(cache.stats().estimatedSize()).isZero();
  }

  @Test
  void anExceptionBecomesUnavailableIsNotCachedAndIsReportedWithoutItsMessage() {
    var events = new ArrayList<ComplianceEvent>();
    var delegate = new CountingChannel(r -> {
      throw new IllegalStateException("secret 110101199001011234");
    });
    var cache = CachingChannel.builder(delegate).environment(env.withListener(events::add)).build();
    Verification v = cache.verify(person(1));
    cache.verify(person(1));
    assertThat(v.outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(v.unavailableReason()).contains(UnavailableReason.CHANNEL_ERROR);
    assertThat(delegate.calls()).isEqualTo(2);
    assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.toString()).doesNotContain("secret", "110101"));
  }

  @Test
  void eachOutcomeHasItsOwnTtl() {
    var answers = new AtomicReference<>(VerificationOutcome.MATCH);
    var delegate = new CountingChannel(r -> Verification.decided(answers.get(), r.channel(), clock.instant(),
        EvidenceRef.of("t")));
    var cache = CachingChannel.builder(delegate).environment(env)
        .ttl(VerificationOutcome.MATCH, Duration.ofHours(12))
        .ttl(VerificationOutcome.MISMATCH, Duration.ofMinutes(10)).build();
    cache.verify(person(1)); // MATCH
    answers.set(VerificationOutcome.MISMATCH);
    cache.verify(person(2)); // MISMATCH
    clock.advance(Duration.ofMinutes(11));
    cache.verify(person(1));
    cache.verify(person(2));
    assertThat(delegate.calls()).as("the mismatch expired, the match did not").isEqualTo(3);
    clock.advance(Duration.ofHours(12));
    cache.verify(person(1));
    assertThat(delegate.calls()).isEqualTo(4);
  }

  @Test
  void aZeroTtlKeepsNothing() {
    var delegate = answering(VerificationOutcome.NOT_FOUND);
    var cache = CachingChannel.builder(delegate).environment(env).ttl(VerificationOutcome.NOT_FOUND, Duration.ZERO).build();
    cache.verify(person(1));
    cache.verify(person(1));
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void theSizeIsBounded() {
    var cache = CachingChannel.builder(answering(VerificationOutcome.MATCH)).environment(env).maximumSize(50).build();
    for (int i = 0; i < 500; i++) {
      cache.verify(person(i));
    }
    assertThat(cache.stats().estimatedSize()).isLessThanOrEqualTo(50);
    assertThat(cache.stats().evictionCount()).isGreaterThanOrEqualTo(450);
  }

  @Test
  void concurrentCallersForOneKeyShareOneChannelCall() throws Exception {
    var entered = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var delegate = new CountingChannel(r -> {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Verification.decided(VerificationOutcome.MATCH, r.channel(), clock.instant(), EvidenceRef.of("once"));
    });
    var cache = CachingChannel.builder(delegate).environment(env).build();
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Verification>> results = new ArrayList<>();
      results.add(pool.submit(() -> cache.verify(person(1))));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 1; i < callers; i++) {
        results.add(pool.submit(() -> cache.verify(person(1))));
      }
      // The joiners count as hits when they find the call in flight; wait for all of them to arrive.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (cache.stats().hitCount() < callers - 1 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      release.countDown();
      for (Future<Verification> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS).evidenceRef().value()).isEqualTo("once");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(delegate.calls()).isEqualTo(1);
    assertThat(cache.stats().missCount()).isEqualTo(1);
    assertThat(cache.stats().hitCount()).isEqualTo(callers - 1);
  }

  @Test
  void aJoinerThatWaitsTooLongGetsUnavailableAndTheCallStillCompletes() throws Exception {
    var entered = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var delegate = new CountingChannel(r -> {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Verification.decided(VerificationOutcome.MATCH, r.channel(), clock.instant(), EvidenceRef.of("slow"));
    });
    var cache = CachingChannel.builder(delegate).environment(env).waitTimeout(Duration.ofMillis(20)).build();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Verification> owner = pool.submit(() -> cache.verify(person(1)));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      Verification joiner = cache.verify(person(1));
      assertThat(joiner.unavailableReason()).contains(UnavailableReason.TIMEOUT);
      release.countDown();
      assertThat(owner.get(30, TimeUnit.SECONDS).isMatch()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(cache.verify(person(1)).evidenceRef().value()).isEqualTo("slow");
    assertThat(delegate.calls()).isEqualTo(1);
  }

  @Test
  void invalidateDropsOneAnswer() {
    var delegate = answering(VerificationOutcome.MATCH);
    var cache = CachingChannel.builder(delegate).environment(env).build();
    cache.verify(person(1));
    cache.verify(person(2));
    cache.invalidate(person(1));
    cache.verify(person(1));
    cache.verify(person(2));
    assertThat(delegate.calls()).isEqualTo(3);
    cache.invalidateAll();
    assertThat(cache.stats().estimatedSize()).isZero();
  }

  @Test
  void differentNamesForOneNumberAreDifferentKeys() {
    var delegate = answering(VerificationOutcome.MATCH);
    var cache = CachingChannel.builder(delegate).environment(env).build();
    var doc = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 1);
    cache.verify(new VerificationRequest.PersonCheck("甲", doc));
    cache.verify(new VerificationRequest.PersonCheck("乙", doc));
    cache.verify(new VerificationRequest.LivenessCheck("甲", doc, CaptureRef.of("c1")));
    assertThat(delegate.calls()).isEqualTo(3);
    assertThat(cache.toString()).doesNotContain(doc.number(), "甲");
  }

  @Test
  void theRecommendedStackCachesDecisiveAnswersAndRetriesFailures() {
    var sandbox = SandboxChannel.builder().environment(env).unknownAnswer(VerificationOutcome.MATCH).build();
    CachingChannel stack = VerificationChannels.cachedAndResilient(sandbox, env);
    assertThat(stack.verify(person(1)).isMatch()).isTrue();
    assertThat(stack.verify(person(1)).isMatch()).isTrue();
    assertThat(sandbox.callCount()).isEqualTo(1);
    assertThat(stack.stats().hitCount()).isEqualTo(1);
  }

  @Test
  void routingSendsEachKindToItsChannelAndAnswersUnsupportedOtherwise() {
    var persons = answering(VerificationOutcome.MATCH);
    VerificationChannel routed = VerificationChannels.route(java.util.Map.of(ChannelId.PUBLIC_SECURITY_ID, persons), env);
    assertThat(routed.verify(person(1)).isMatch()).isTrue();
    Verification org = routed.verify(new VerificationRequest.OrganisationCheck("某公司", TestIds.usccDoc(3)));
    assertThat(org.unavailableReason()).contains(UnavailableReason.UNSUPPORTED);
    VerificationChannel wrong = VerificationChannels.route(java.util.Map.of(ChannelId.USCC_REGISTRY,
        (VerificationChannel) r -> Verification.decided(VerificationOutcome.MATCH, ChannelId.PUBLIC_SECURITY_ID,
            clock.instant(), EvidenceRef.of("x"))), env);
    assertThat(wrong.verify(new VerificationRequest.OrganisationCheck("某公司", TestIds.usccDoc(3))).outcome())
        .as("an answer from another channel is not trusted").isEqualTo(VerificationOutcome.UNAVAILABLE);
  }

  @Test
  void underContentionEachKeyReachesTheChannelOnce() throws Exception {
    var perKey = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger>();
    var delegate = new CountingChannel(r -> {
      perKey.computeIfAbsent(r.toString() + ((VerificationRequest.PersonCheck) r).name(),
          k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
      Thread.yield();
      return Verification.decided(VerificationOutcome.MATCH, r.channel(), clock.instant(), EvidenceRef.of("c"));
    });
    var cache = CachingChannel.builder(delegate).environment(env).build();
    int threads = 6;
    int keys = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    var start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          start.await();
          var random = new java.util.SplittableRandom(seed);
          for (int i = 0; i < 2000; i++) {
            cache.verify(person(random.nextInt(keys)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(delegate.calls()).isEqualTo(keys);
    assertThat(perKey.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(cache.stats().hitCount() + cache.stats().missCount()).isEqualTo(threads * 2000L);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void matchesTheModelOfTtlPerOutcome(long seed) {
    // Request i always answers OUTCOMES[i % 4]; a model tracks when each key's entry expires.
    VerificationOutcome[] outcomes = VerificationOutcome.values();
    var delegate = new CountingChannel(r -> {
      int i = Integer.parseInt(((VerificationRequest.PersonCheck) r).name().substring(1));
      VerificationOutcome o = outcomes[i % outcomes.length];
      return o.isDecisive() ? Verification.decided(o, r.channel(), clock.instant(), EvidenceRef.of("m"))
          : Verification.unavailable(r.channel(), clock.instant(), UnavailableReason.TIMEOUT);
    });
    var ttl = java.util.Map.of(VerificationOutcome.MATCH, Duration.ofMinutes(60),
        VerificationOutcome.MISMATCH, Duration.ofMinutes(7), VerificationOutcome.NOT_FOUND, Duration.ofMinutes(3));
    var builder = CachingChannel.builder(delegate).environment(env);
    ttl.forEach(builder::ttl);
    var cache = builder.build();
    var expiresAt = new java.util.HashMap<Integer, Instant>();
    var random = new java.util.SplittableRandom(seed);
    int expectedCalls = 0;
    for (int step = 0; step < 400; step++) {
      if (random.nextInt(4) == 0) {
        clock.advance(Duration.ofMinutes(random.nextInt(1, 5)));
      }
      int i = random.nextInt(12);
      Instant until = expiresAt.get(i);
      if (until == null || !clock.instant().isBefore(until)) {
        expectedCalls++;
        VerificationOutcome o = outcomes[i % outcomes.length];
        if (o.isDecisive()) {
          expiresAt.put(i, clock.instant().plus(ttl.get(o)));
        } else {
          expiresAt.remove(i);
        }
      }
      cache.verify(new VerificationRequest.PersonCheck("p" + i, TestIds.residentDoc(LocalDate.of(1990, 1, 1), i)));
      assertThat(delegate.calls()).as("step %d key %d", step, i).isEqualTo(expectedCalls);
    }
  }
}
