package io.github.zhibo.identity.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.env.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResilientChannelTest {
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final Environment env = Environment.of(clock);
  private static final Duration MS = Duration.ofMillis(1);

  private static VerificationRequest person(int i) {
    return new VerificationRequest.PersonCheck("人" + i, TestIds.residentDoc(LocalDate.of(1990, 1, 1).plusDays(i), i % 1000));
  }

  /** Fails the first {@code failures} calls, then answers {@code then}. */
  private CountingChannel failingFirst(int failures, VerificationOutcome then) {
    var n = new AtomicInteger();
    return new CountingChannel(r -> n.getAndIncrement() < failures
        ? Verification.unavailable(r.channel(), clock.instant(), UnavailableReason.TIMEOUT)
        : Verification.decided(then, r.channel(), clock.instant(), EvidenceRef.of("ok")));
  }

  private ResilientChannel.Builder fast(VerificationChannel delegate) {
    return ResilientChannel.builder(delegate).environment(env).retry(3, MS, 2.0, Duration.ofMillis(4))
        .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(5));
  }

  @Test
  void unavailableIsRetriedUntilADecisiveAnswer() {
    var delegate = failingFirst(2, VerificationOutcome.MATCH);
    var channel = fast(delegate).build();
    assertThat(channel.verify(person(1)).isMatch()).isTrue();
    assertThat(delegate.calls()).isEqualTo(3);
    assertThat(channel.stats().succeededAfterRetry()).isEqualTo(1);
  }

  @Test
  void decisiveAnswersAreNotRetried() {
    var delegate = failingFirst(0, VerificationOutcome.MISMATCH);
    var channel = fast(delegate).build();
    assertThat(channel.verify(person(1)).outcome()).isEqualTo(VerificationOutcome.MISMATCH);
    assertThat(delegate.calls()).isEqualTo(1);
    assertThat(channel.stats().succeededFirstTime()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesAnswerUnavailableNeverThrow() {
    var delegate = new CountingChannel(r -> {
      throw new IllegalStateException("boom");
    });
    var channel = fast(delegate).build();
    Verification v = channel.verify(person(1));
    assertThat(v.outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(delegate.calls()).isEqualTo(3);
    assertThat(channel.stats().failed()).isEqualTo(1);
    assertThat(channel.stats().succeededFirstTime() + channel.stats().succeededAfterRetry()).isZero();
  }

  @Test
  void theBreakerOpensStopsCallingAndClosesAfterTheWait() {
    var delegate = failingFirst(Integer.MAX_VALUE, VerificationOutcome.MATCH);
    var breakerClock = new MutableClock(T0);
    var channel = fast(delegate).retry(1, MS, 1.0, MS).circuitBreaker(50f, 4, 4, Duration.ofSeconds(30), 1)
        .breakerClock(breakerClock).build();
    for (int i = 0; i < 4; i++) {
      channel.verify(person(i));
    }
    assertThat(channel.breakerState()).isEqualTo(ResilientChannel.BreakerState.OPEN);
    Verification refused = channel.verify(person(9));
    assertThat(refused.unavailableReason()).contains(UnavailableReason.CIRCUIT_OPEN);
    assertThat(delegate.calls()).isEqualTo(4);
    assertThat(channel.stats().notPermitted()).isEqualTo(1);

    breakerClock.advance(Duration.ofSeconds(31));
    assertThat(channel.verify(person(10)).outcome()).as("half-open trial reaches the channel")
        .isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(delegate.calls()).isEqualTo(5);
    assertThat(channel.breakerState()).as("the failed trial opens it again").isEqualTo(ResilientChannel.BreakerState.OPEN);
  }

  @Test
  void aHalfOpenBreakerClosesAfterASuccessfulTrial() {
    var calls = new AtomicInteger();
    var delegate = new CountingChannel(r -> calls.incrementAndGet() <= 2
        ? Verification.unavailable(r.channel(), clock.instant(), UnavailableReason.TIMEOUT)
        : Verification.decided(VerificationOutcome.MATCH, r.channel(), clock.instant(), EvidenceRef.of("ok")));
    var breakerClock = new MutableClock(T0);
    var channel = fast(delegate).retry(1, MS, 1.0, MS).circuitBreaker(50f, 2, 2, Duration.ofSeconds(30), 1)
        .breakerClock(breakerClock).build();
    channel.verify(person(1));
    channel.verify(person(2));
    assertThat(channel.breakerState()).isEqualTo(ResilientChannel.BreakerState.OPEN);
    breakerClock.advance(Duration.ofSeconds(31));
    assertThat(channel.verify(person(3)).isMatch()).isTrue();
    assertThat(channel.breakerState()).isEqualTo(ResilientChannel.BreakerState.CLOSED);
  }

  @Test
  void anOpenBreakerIsNotRetried() {
    var delegate = failingFirst(Integer.MAX_VALUE, VerificationOutcome.MATCH);
    var channel = fast(delegate).retry(5, MS, 1.0, MS).circuitBreaker(50f, 2, 2, Duration.ofMinutes(5), 1).build();
    channel.verify(person(1)); // attempts 1 and 2 fail and open the breaker; attempt 3 is refused
    assertThat(delegate.calls()).isEqualTo(2);
    assertThat(channel.verify(person(2)).unavailableReason()).contains(UnavailableReason.CIRCUIT_OPEN);
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void aCallWithoutAPermitAnswersRateLimited() {
    var delegate = failingFirst(0, VerificationOutcome.MATCH);
    var channel = ResilientChannel.builder(delegate).environment(env).retry(1, MS, 1.0, MS)
        .rateLimit(1, Duration.ofHours(1), Duration.ZERO).build();
    assertThat(channel.verify(person(1)).isMatch()).isTrue();
    assertThat(channel.verify(person(2)).unavailableReason()).contains(UnavailableReason.RATE_LIMITED);
    assertThat(delegate.calls()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 17L, 99L})
  void withThirtyPercentFailuresAndFiveAttemptsAlmostEveryCallIsDecided(long seed) {
    var sandbox = SandboxChannel.builder().environment(env).unknownAnswer(VerificationOutcome.MATCH)
        .failureRate(0.3, seed).build();
    var channel = fast(sandbox).retry(5, MS, 1.0, MS).circuitBreaker(90f, 100, 100, Duration.ofSeconds(1), 5).build();
    int undecided = 0;
    for (int i = 0; i < 300; i++) {
      if (!channel.verify(person(i)).outcome().isDecisive()) {
        undecided++;
      }
    }
    // 0.3^5 = 0.24 % per call: about 0.7 of 300 expected; a handful at most.
    assertThat(undecided).isLessThanOrEqualTo(5);
    assertThat(sandbox.callCount()).isGreaterThan(300);
  }

  @Test
  void anInterruptedBackOffFailsClosedAndKeepsTheInterrupt() {
    var delegate = failingFirst(Integer.MAX_VALUE, VerificationOutcome.MATCH);
    var channel = fast(delegate).retry(3, Duration.ofSeconds(10), 1.0, Duration.ofSeconds(10)).build();
    Thread.currentThread().interrupt();
    try {
      Verification v = channel.verify(person(1));
      assertThat(v.outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
