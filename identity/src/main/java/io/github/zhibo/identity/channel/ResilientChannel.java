package io.github.zhibo.identity.channel;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.zhibo.core.env.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Puts a rate limiter, retries with exponential back-off and a circuit breaker (Resilience4j) in front of a
 * channel. Channels are the real bottleneck — about 55,000 checks a day per 10 million registrants on a
 * six-month cycle, against quotas the channel operator sets — so calls are metered, transient failures
 * retried, and a failing channel is left alone for a while instead of being hammered.
 *
 * <p>Order, outermost first: retry → circuit breaker → rate limiter → the (guarded) channel. Each attempt
 * takes a permit; an UNAVAILABLE answer counts as a failure for the breaker and is retried; MATCH,
 * MISMATCH and NOT_FOUND are successes and are never retried. When the rate limiter gives no permit within
 * its timeout the attempt answers UNAVAILABLE ({@link UnavailableReason#RATE_LIMITED}); when the breaker is
 * open the call is not made and answers UNAVAILABLE ({@link UnavailableReason#CIRCUIT_OPEN}) without
 * further retries. It never throws for a channel failure.
 *
 * <p>Back-off sleeps on the calling thread: run batches on the platform's executor. The breaker's state
 * changes are timed by {@link Builder#breakerClock} (the system clock by default, because a fixed test clock
 * in the environment would keep an open breaker open forever). Thread-safe.
 */
public final class ResilientChannel implements VerificationChannel {

  private final VerificationChannel delegate;
  private final Environment environment;
  private final RateLimiter rateLimiter;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;

  private ResilientChannel(Builder b) {
    this.environment = b.environment;
    this.delegate = VerificationChannels.guarded(b.delegate, b.environment);
    this.rateLimiter = RateLimiter.of(b.name, RateLimiterConfig.custom()
        .limitForPeriod(b.permitsPerPeriod)
        .limitRefreshPeriod(b.refreshPeriod)
        .timeoutDuration(b.permitTimeout)
        .build());
    this.circuitBreaker = CircuitBreaker.of(b.name, CircuitBreakerConfig.custom()
        .failureRateThreshold(b.failureRateThreshold)
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(b.slidingWindowSize)
        .minimumNumberOfCalls(b.minimumNumberOfCalls)
        .waitDurationInOpenState(b.openStateWait)
        .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls)
        .recordResult(r -> r instanceof Verification v && !v.outcome().isDecisive())
        .recordException(e -> !(e instanceof CallNotPermittedException))
        .clock(b.breakerClock)
        .build());
    this.retry = Retry.of(b.name, RetryConfig.<Verification>custom()
        .maxAttempts(b.maxAttempts)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(b.initialBackoff, b.multiplier, b.maxBackoff))
        // An open breaker will still be open a back-off later; waiting gains nothing.
        .retryOnResult(v -> !v.outcome().isDecisive() && v.unavailableReason().orElse(null) != UnavailableReason.CIRCUIT_OPEN)
        .retryOnException(e -> false)
        .failAfterMaxAttempts(false)
        .build());
  }

  /** Starts a resilient wrapper around {@code delegate}. */
  public static Builder builder(VerificationChannel delegate) {
    return new Builder(delegate);
  }

  @Override
  public Verification verify(VerificationRequest request) {
    Objects.requireNonNull(request, "request");
    Supplier<Verification> attempt = () -> attempt(request);
    try {
      return Retry.decorateSupplier(retry, attempt).get();
    } catch (RuntimeException e) {
      // Attempts never throw; this is an interrupted back-off or a library failure, and must still fail closed.
      UnavailableReason reason = Thread.currentThread().isInterrupted()
          ? UnavailableReason.INTERRUPTED : UnavailableReason.CHANNEL_ERROR;
      return Verification.unavailable(request.channel(), environment.clock().instant(), reason);
    }
  }

  private Verification attempt(VerificationRequest request) {
    try {
      return circuitBreaker.executeSupplier(() -> RateLimiter.decorateSupplier(rateLimiter, () -> delegate.verify(request)).get());
    } catch (CallNotPermittedException e) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.CIRCUIT_OPEN);
    } catch (RequestNotPermitted e) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.RATE_LIMITED);
    }
  }

  /** The breaker's state, for health checks and dashboards. */
  public BreakerState breakerState() {
    return switch (circuitBreaker.getState()) {
      case CLOSED -> BreakerState.CLOSED;
      case HALF_OPEN -> BreakerState.HALF_OPEN;
      default -> BreakerState.OPEN;
    };
  }

  /** Counters of this wrapper, for dashboards. */
  public ResilienceStats stats() {
    var r = retry.getMetrics();
    var cb = circuitBreaker.getMetrics();
    return new ResilienceStats(r.getNumberOfSuccessfulCallsWithoutRetryAttempt(),
        r.getNumberOfSuccessfulCallsWithRetryAttempt(),
        r.getNumberOfFailedCallsWithoutRetryAttempt() + r.getNumberOfFailedCallsWithRetryAttempt(),
        cb.getNumberOfNotPermittedCalls());
  }

  @Override
  public String toString() {
    return "ResilientChannel[" + breakerState() + "]";
  }

  /** The circuit breaker's state. */
  public enum BreakerState {
    /** Calls go through. */
    CLOSED,
    /** Too many failures: calls are answered UNAVAILABLE without reaching the channel. */
    OPEN,
    /** A few trial calls decide whether to close again. */
    HALF_OPEN
  }

  /**
   * Counters of a {@link ResilientChannel}.
   *
   * @param succeededFirstTime decisive answers at the first attempt
   * @param succeededAfterRetry decisive answers after one or more retries
   * @param failed calls that ended UNAVAILABLE
   * @param notPermitted attempts the open breaker refused
   */
  public record ResilienceStats(long succeededFirstTime, long succeededAfterRetry, long failed, long notPermitted) {}

  /** Configures a {@link ResilientChannel}. Not thread-safe. */
  public static final class Builder {
    private final VerificationChannel delegate;
    private Environment environment = Environment.defaults();
    private String name = "identity-channel";
    private int permitsPerPeriod = 20;
    private Duration refreshPeriod = Duration.ofSeconds(1);
    private Duration permitTimeout = Duration.ofSeconds(5);
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(5);
    private float failureRateThreshold = 50f;
    private int slidingWindowSize = 20;
    private int minimumNumberOfCalls = 10;
    private Duration openStateWait = Duration.ofSeconds(30);
    private int halfOpenCalls = 3;
    private Clock breakerClock = Clock.systemUTC();

    private Builder(VerificationChannel delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Clock for SDK-made answers and listener for failures; default {@link Environment#defaults()}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** A name for the Resilience4j components (metrics tags); default {@code identity-channel}. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (!name.matches("[A-Za-z0-9_.-]{1,64}")) throw new IllegalArgumentException("a name is 1-64 of A-Za-z0-9_.-");
      this.name = name;
      return this;
    }

    /**
     * The channel quota: {@code permits} calls per {@code period}, a caller waiting at most {@code timeout}
     * for a permit. Default 20 per second, 5 s.
     */
    public Builder rateLimit(int permits, Duration period, Duration timeout) {
      if (permits < 1) throw new IllegalArgumentException("permits must be positive");
      requirePositive(period, "period");
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative");
      this.permitsPerPeriod = permits;
      this.refreshPeriod = period;
      this.permitTimeout = timeout;
      return this;
    }

    /**
     * Up to {@code maxAttempts} attempts (the first included), waiting {@code initial}, then {@code initial ×
     * multiplier}, … capped at {@code max} between them. Default 3 attempts, 200 ms × 2, at most 5 s.
     */
    public Builder retry(int maxAttempts, Duration initial, double multiplier, Duration max) {
      if (maxAttempts < 1 || maxAttempts > 20) throw new IllegalArgumentException("maxAttempts is 1-20");
      requirePositive(initial, "initial");
      requirePositive(max, "max");
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) throw new IllegalArgumentException("multiplier is at least 1");
      if (max.compareTo(initial) < 0) throw new IllegalArgumentException("max back-off is at least the initial one");
      this.maxAttempts = maxAttempts;
      this.initialBackoff = initial;
      this.multiplier = multiplier;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Opens the breaker when at least {@code failureRatePercent} % of the last {@code window} attempts (once
     * {@code minimumCalls} were made) answered UNAVAILABLE; after {@code openWait} it lets
     * {@code halfOpenCalls} trial calls through. Default 50 % of 20, minimum 10, 30 s, 3.
     */
    public Builder circuitBreaker(float failureRatePercent, int window, int minimumCalls, Duration openWait,
        int halfOpenCalls) {
      if (!(failureRatePercent > 0 && failureRatePercent <= 100)) throw new IllegalArgumentException("failure rate is in (0, 100]");
      if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) throw new IllegalArgumentException("counts must be positive");
      requirePositive(openWait, "openWait");
      this.failureRateThreshold = failureRatePercent;
      this.slidingWindowSize = window;
      this.minimumNumberOfCalls = minimumCalls;
      this.openStateWait = openWait;
      this.halfOpenCalls = halfOpenCalls;
      return this;
    }

    /** The clock that times the breaker's open state; default the system clock. */
    public Builder breakerClock(Clock clock) {
      this.breakerClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The wrapper. */
    public ResilientChannel build() {
      return new ResilientChannel(this);
    }

    private static void requirePositive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
