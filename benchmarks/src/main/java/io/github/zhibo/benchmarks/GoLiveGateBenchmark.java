package io.github.zhibo.benchmarks;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Checks;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.examples.golive.GoLiveComponent;
import io.github.zhibo.examples.golive.GoLiveComponents;
import io.github.zhibo.examples.golive.GoLiveGate;
import io.github.zhibo.examples.golive.GoLiveRequest;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.Curricula;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The go-live gate with five in-memory components — the real training gate over 1,024 marketers' records
 * and four map look-ups standing in for identity, blacklist, tier and disclosure — in sample-time mode, so
 * the report has the p99 the issue targets (≤ 5 ms). Side by side: the same five components composed by
 * core's sequential {@code Checks.allOf} on the caller's thread (the anchor: no threads, no timeouts), and
 * the slowest component (training) alone; the gate's own overhead is {@code gate − trainingAlone}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GoLiveGateBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GoLiveGateBenchmark {

  private static final int MARKETERS = 1024;
  private static final long SEED = 20260601L;
  private static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2026, 6, 1).atTime(20, 0).atZone(ChinaZone.ZONE).toInstant(), ChinaZone.ZONE);

  private ExecutorService pool;
  private GoLiveGate gate;
  private Check<GoLiveRequest> sequential;
  private Check<GoLiveRequest> trainingAlone;
  private CheckContext context;
  private GoLiveRequest[] requests;
  private int next;

  /** Builds the records, the components and 256 requests of two marketers each. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = Executors.newFixedThreadPool(5);
    Environment env = Environment.of(CLOCK).withExecutor(pool);
    RegulationProfile profile = RegulationProfiles.defaultProfile();
    context = CheckContext.of(profile, env);
    var random = new SplittableRandom(SEED);
    Map<PartyId, TrainingRecord> records = new HashMap<>();
    var modules = Curricula.bundled().forProfile(profile).modules();
    for (int i = 0; i < MARKETERS; i++) {
      PartyId id = PartyId.of("m" + i);
      var completions = modules.stream()
          .map(m -> Completion.passed(m, LocalDate.of(2026, 5, 1).minusDays(random.nextInt(200)))).toList();
      records.put(id, new TrainingRecord(id, Optional.of(LocalDate.of(2026, 3, 1)), completions, List.of()));
    }
    Map<PartyId, Boolean> known = new HashMap<>();
    records.keySet().forEach(k -> known.put(k, Boolean.TRUE));
    GoLiveComponent training = GoLiveComponents.training(TrainingRecordSource.of(records), env);
    List<GoLiveComponent> components = List.of(training, lookup("identity", known), lookup("blacklist", known),
        lookup("tier", known), lookup("disclosure", known));
    var builder = GoLiveGate.builder().environment(env).totalDeadline(Duration.ofMillis(500));
    components.forEach(builder::component);
    gate = builder.build();
    var members = new java.util.ArrayList<Check<? super GoLiveRequest>>();
    for (GoLiveComponent c : components) {
      members.add(c.check());
    }
    sequential = Checks.<GoLiveRequest>allOf(members);
    Check<? super GoLiveRequest> t = training.check();
    trainingAlone = t::check;
    requests = new GoLiveRequest[256];
    for (int i = 0; i < requests.length; i++) {
      requests[i] = new GoLiveRequest("live-" + i, PartyId.of("op-" + i),
          List.of(PartyId.of("m" + random.nextInt(MARKETERS)), PartyId.of("m" + random.nextInt(MARKETERS))),
          CLOCK.instant());
    }
    // every benchmark must decide ALLOW, or it measures a failure path
    for (GoLiveRequest r : requests) {
      if (!gate.check(r, context).isAllowed() || !sequential.check(r, context).isAllowed()) {
        throw new IllegalStateException("benchmark fixture does not allow");
      }
    }
  }

  private static GoLiveComponent lookup(String name, Map<PartyId, Boolean> known) {
    Map<PartyId, Boolean> copy = Map.copyOf(known);
    return GoLiveComponent.of(name, (r, c) -> {
      for (PartyId m : r.marketers()) {
        if (!copy.containsKey(m)) {
          throw new IllegalStateException("unknown marketer");
        }
      }
      return c.allow();
    });
  }

  /** Stops the component threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private GoLiveRequest request() {
    return requests[next++ & (requests.length - 1)];
  }

  /** The gate: five components concurrently on the pool, with timeouts. */
  @Benchmark
  public Decision gate() {
    return gate.check(request(), context);
  }

  /** The anchor: the same components one after another on the caller's thread (core's allOf). */
  @Benchmark
  public Decision sequentialAllOf() {
    return sequential.check(request(), context);
  }

  /** The slowest component alone, on the caller's thread. */
  @Benchmark
  public Decision trainingAlone() {
    return trainingAlone.check(request(), context);
  }
}
