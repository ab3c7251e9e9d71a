package io.github.zhibo.benchmarks;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.channel.CachingChannel;
import io.github.zhibo.identity.channel.SandboxChannel;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cached verification hit (target: at most 1 µs): {@code CachingChannel.verify} for a person check whose
 * answer is cached — the keyed HMAC-SHA256 of name and number, the Caffeine lookup with expiry read from the
 * clock, and the completed future's value. 1,024 distinct requests (seed 20261203), all cached in setup;
 * each invocation verifies the next one. Side by side: the same requests straight to the sandbox (a hash map
 * lookup and a new result, no HMAC), i.e. the cheapest possible "channel", to show what the cache adds.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar VerificationCacheBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VerificationCacheBenchmark {

  private static final int SIZE = 1024;
  private static final long SEED = 20261203L;

  private final VerificationRequest[] requests = new VerificationRequest[SIZE];
  private SandboxChannel sandbox;
  private CachingChannel cache;
  private CachingChannel fixedClockCache;
  private int next;

  /** Builds the requests and fills both caches; fails if any request is not a hit afterwards. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < SIZE; i++) {
      LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String body = "330106" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
          + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
      String number = body + ResidentIdNumber.checkCharacter(body);
      requests[i] = new VerificationRequest.PersonCheck("主播" + i, new IdentityDocument(DocumentType.RESIDENT_ID, number));
    }
    Environment system = Environment.of(Clock.system(ChinaZone.ZONE));
    sandbox = SandboxChannel.builder().environment(system).unknownAnswer(VerificationOutcome.MATCH).build();
    cache = CachingChannel.builder(sandbox).environment(system).maximumSize(10 * SIZE).build();
    fixedClockCache = CachingChannel.builder(sandbox)
        .environment(Environment.of(Clock.fixed(system.clock().instant(), ChinaZone.ZONE))).maximumSize(10 * SIZE).build();
    for (VerificationRequest r : requests) {
      cache.verify(r);
      fixedClockCache.verify(r);
    }
    long misses = cache.stats().missCount();
    for (VerificationRequest r : requests) {
      cache.verify(r);
      fixedClockCache.verify(r);
    }
    if (cache.stats().missCount() != misses || misses != SIZE) {
      throw new IllegalStateException("setup: the second pass was not all hits");
    }
  }

  private VerificationRequest nextRequest() {
    VerificationRequest r = requests[next];
    next = (next + 1) & (SIZE - 1);
    return r;
  }

  /** A cached hit, expiry timed by the system clock. */
  @Benchmark
  public Verification cachedHit() {
    return cache.verify(nextRequest());
  }

  /** A cached hit, expiry timed by a fixed clock (as in a batch job with a captured clock). */
  @Benchmark
  public Verification cachedHitFixedClock() {
    return fixedClockCache.verify(nextRequest());
  }

  /** The same request straight to the in-memory sandbox, without the cache. */
  @Benchmark
  public Verification sandboxDirect() {
    return sandbox.verify(nextRequest());
  }
}
