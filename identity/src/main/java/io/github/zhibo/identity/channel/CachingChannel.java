package io.github.zhibo.identity.channel;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.identity.channel.internal.CacheKey;
import io.github.zhibo.identity.channel.internal.RequestHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Caches channel answers on Caffeine, because channel calls are slow, metered and the real bottleneck.
 *
 * <ul>
 *   <li><b>TTL per outcome</b>: each decisive outcome has its own time to live ({@link Builder#ttl}); a zero
 *       TTL means "do not keep". {@link VerificationOutcome#UNAVAILABLE} is never kept: the next call tries
 *       the channel again.
 *   <li><b>Bounded</b>: at most {@link Builder#maximumSize} entries (Caffeine's W-TinyLFU eviction).
 *   <li><b>No stampede</b>: one channel call in flight per key; concurrent callers for the same request wait
 *       for it (at most {@link Builder#waitTimeout}) and share its answer. The call runs on the thread of
 *       the first caller, so no executor is needed and none can starve.
 *   <li><b>Statistics</b>: {@link #stats()}.
 *   <li><b>Time</b>: expiry is measured by the environment's clock, so a fixed or test clock controls it.
 *       A cached answer keeps the channel's {@link Verification#checkedAt()}: a freshness rule sees how old
 *       the answer is, not when it was served.
 * </ul>
 *
 * <p>Keys are a keyed HMAC of the request (see {@code RequestHasher}): the cache holds no name or number
 * as a key, and nothing it logs or prints contains one. Thread-safe.
 */
public final class CachingChannel implements VerificationChannel {

  private final VerificationChannel delegate;
  private final Environment environment;
  private final AsyncCache<CacheKey, Verification> cache;
  private final RequestHasher hasher = new RequestHasher();
  private final Duration waitTimeout;
  private final LongAdder unavailable = new LongAdder();

  private CachingChannel(Builder b) {
    this.environment = b.environment;
    this.delegate = VerificationChannels.guarded(b.delegate, b.environment);
    this.waitTimeout = b.waitTimeout;
    Map<VerificationOutcome, Long> ttlNanos = new EnumMap<>(VerificationOutcome.class);
    b.ttl.forEach((o, d) -> ttlNanos.put(o, d.toNanos()));
    ttlNanos.put(VerificationOutcome.UNAVAILABLE, 0L);
    Clock clock = b.environment.clock();
    this.cache = Caffeine.newBuilder()
        .maximumSize(b.maximumSize)
        .expireAfter(new OutcomeExpiry(ttlNanos))
        .ticker(() -> {
          Instant now = clock.instant();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        })
        .recordStats()
        // Maintenance (eviction, expiry) on the calling thread: cheap, amortised, and no pool to starve.
        .executor(Runnable::run)
        .buildAsync();
  }

  /** Starts a cache in front of {@code delegate}. */
  public static Builder builder(VerificationChannel delegate) {
    return new Builder(delegate);
  }

  @Override
  public Verification verify(VerificationRequest request) {
    Objects.requireNonNull(request, "request");
    CacheKey key = hasher.keyOf(request);
    CompletableFuture<Verification> mine = new CompletableFuture<>();
    CompletableFuture<Verification> found = cache.get(key, (k, executor) -> mine);
    if (found != mine) {
      return await(request, found);
    }
    // This caller owns the call; it must complete the future whatever happens, or the waiters hang.
    Verification answer;
    try {
      answer = delegate.verify(request);
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e); // Caffeine drops failed futures itself
      throw e;
    }
    mine.complete(answer);
    if (!answer.outcome().isDecisive()) {
      unavailable.increment();
      cache.asMap().remove(key, mine);
    }
    return answer;
  }

  private Verification await(VerificationRequest request, CompletableFuture<Verification> inFlight) {
    try {
      return inFlight.get(waitTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.INTERRUPTED);
    } catch (TimeoutException e) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.TIMEOUT);
    } catch (ExecutionException e) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.CHANNEL_ERROR);
    }
  }

  /** Drops the cached answer for {@code request}, e.g. after the person's registered data changed. */
  public void invalidate(VerificationRequest request) {
    cache.synchronous().invalidate(hasher.keyOf(Objects.requireNonNull(request, "request")));
  }

  /** Drops every cached answer. */
  public void invalidateAll() {
    cache.synchronous().invalidateAll();
  }

  /** The counters so far. */
  public VerificationCacheStats stats() {
    CacheStats s = cache.synchronous().stats();
    return new VerificationCacheStats(s.hitCount(), s.missCount(), unavailable.sum(), s.evictionCount(),
        cache.synchronous().estimatedSize());
  }

  @Override
  public String toString() {
    return "CachingChannel[" + stats() + "]";
  }

  /** Expires each answer after its outcome's TTL; in-flight futures do not expire. */
  private static final class OutcomeExpiry implements Expiry<CacheKey, Verification> {
    private final Map<VerificationOutcome, Long> ttlNanos;

    OutcomeExpiry(Map<VerificationOutcome, Long> ttlNanos) {
      this.ttlNanos = ttlNanos;
    }

    @Override
    public long expireAfterCreate(CacheKey key, Verification value, long currentTime) {
      return ttlNanos.getOrDefault(value.outcome(), 0L);
    }

    @Override
    public long expireAfterUpdate(CacheKey key, Verification value, long currentTime, long currentDuration) {
      return ttlNanos.getOrDefault(value.outcome(), 0L);
    }

    @Override
    public long expireAfterRead(CacheKey key, Verification value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }

  /** Configures a {@link CachingChannel}. Not thread-safe. */
  public static final class Builder {
    private static final Duration MAX_TTL = Duration.ofDays(366);
    private final VerificationChannel delegate;
    private Environment environment = Environment.defaults();
    private long maximumSize = 100_000;
    private Duration waitTimeout = Duration.ofSeconds(30);
    private final EnumMap<VerificationOutcome, Duration> ttl = new EnumMap<>(VerificationOutcome.class);

    private Builder(VerificationChannel delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate");
      // Defaults: a match is stable for hours; a mismatch or not-found is often a typo fixed minutes later.
      ttl.put(VerificationOutcome.MATCH, Duration.ofHours(12));
      ttl.put(VerificationOutcome.MISMATCH, Duration.ofMinutes(10));
      ttl.put(VerificationOutcome.NOT_FOUND, Duration.ofMinutes(10));
    }

    /** Clock (for expiry and SDK-made answers) and listener; default {@link Environment#defaults()}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** At most this many answers are kept; default 100,000. */
    public Builder maximumSize(long maximumSize) {
      if (maximumSize < 0) throw new IllegalArgumentException("maximumSize must not be negative");
      this.maximumSize = maximumSize;
      return this;
    }

    /**
     * How long answers with {@code outcome} are kept; {@link Duration#ZERO} keeps none. Defaults: MATCH 12 h,
     * MISMATCH and NOT_FOUND 10 min; at most 366 days.
     *
     * @throws IllegalArgumentException for UNAVAILABLE (never cached) or a negative duration
     */
    public Builder ttl(VerificationOutcome outcome, Duration ttl) {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(ttl, "ttl");
      if (!outcome.isDecisive()) throw new IllegalArgumentException("UNAVAILABLE answers are never cached");
      if (ttl.isNegative() || ttl.compareTo(MAX_TTL) > 0) {
        throw new IllegalArgumentException("a TTL is between zero and " + MAX_TTL);
      }
      this.ttl.put(outcome, ttl);
      return this;
    }

    /**
     * How long a caller waits for another caller's call in flight before answering UNAVAILABLE
     * ({@link UnavailableReason#TIMEOUT}); default 30 s.
     */
    public Builder waitTimeout(Duration waitTimeout) {
      Objects.requireNonNull(waitTimeout, "waitTimeout");
      if (waitTimeout.isNegative() || waitTimeout.isZero()) throw new IllegalArgumentException("waitTimeout must be positive");
      this.waitTimeout = waitTimeout;
      return this;
    }

    /** The cache. */
    public CachingChannel build() {
      return new CachingChannel(this);
    }
  }
}
