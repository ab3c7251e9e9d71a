package io.github.zhibo.benchmarks;

import io.github.zhibo.blacklist.BlacklistIndex;
import io.github.zhibo.blacklist.ConsortiumKey;
import io.github.zhibo.blacklist.ScreeningPolicy;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.SharedListExporter;
import io.github.zhibo.blacklist.evaluation.EvasionBenchmark;
import io.github.zhibo.blacklist.evaluation.LabelledQuery;
import io.github.zhibo.blacklist.evaluation.NaiveExactMatcher;
import io.github.zhibo.core.env.Environment;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Blacklist screening on the seeded evasion benchmark (entries and labelled queries of every evasion kind
 * and hard negative): full screening (normalise, key, look up, score) against a plain and a shared-token
 * index, side by side with the naive baseline (exact string equality of the values as typed, a hash
 * lookup per value), plus index build time. One invocation screens one query, so the score is time per
 * query; throughput per core is its inverse.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BlacklistScreeningBenchmark -p entries=1000000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BlacklistScreeningBenchmark {

  private static final long SEED = 20260601L;
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Param({"100000"})
  public int entries;

  private EvasionBenchmark bench;
  private List<ScreeningRecord> queries;
  private BlacklistIndex plain;
  private BlacklistIndex shared;
  private NaiveExactMatcher naive;
  private List<ScreeningRecord> idOnly;
  private int next;
  private int nextId;

  /** Generates the list and queries and builds the three screeners. */
  @Setup(Level.Trial)
  public void setUp() {
    bench = EvasionBenchmark.generate(SEED, entries, Math.max(1, 50_000 / io.github.zhibo.blacklist.evaluation.EvasionKind.values().length));
    queries = bench.queries().stream().map(LabelledQuery::query).toList();
    plain = build(null);
    ConsortiumKey key = ConsortiumKey.random("bench");
    var exporter = SharedListExporter.of(key, ScreeningPolicy.defaults(), Environment.defaults());
    var b = BlacklistIndex.builder().key(key);
    bench.entries().forEach(e -> b.addShared(exporter.line(e)));
    shared = b.build();
    naive = new NaiveExactMatcher(bench.entries());
    idOnly = bench.queries().stream().map(LabelledQuery::query).filter(q -> q.idNumber() != null)
        .map(q -> ScreeningRecord.builder(q.id(), q.subjectType()).document(q.idType(), q.idNumber()).build())
        .toList();
  }

  private BlacklistIndex build(ConsortiumKey key) {
    var b = BlacklistIndex.builder();
    if (key != null) b.key(key);
    bench.entries().forEach(b::add);
    return b.build();
  }

  private ScreeningRecord nextQuery() {
    ScreeningRecord q = queries.get(next);
    next = next + 1 == queries.size() ? 0 : next + 1;
    return q;
  }

  /** Full screening against the plain index. */
  @Benchmark
  public ScreeningResult screenPlain() {
    return plain.screen(nextQuery(), DAY);
  }

  /** Full screening against the imported shared-token index. */
  @Benchmark
  public ScreeningResult screenShared() {
    return shared.screen(nextQuery(), DAY);
  }

  /** Exact-anchor screening: queries that carry only a document number (normalise, key, one lookup). */
  @Benchmark
  public ScreeningResult screenAnchorOnly() {
    ScreeningRecord q = idOnly.get(nextId);
    nextId = nextId + 1 == idOnly.size() ? 0 : nextId + 1;
    return plain.screen(q, DAY);
  }

  /** The naive baseline: exact equality of raw values. */
  @Benchmark
  public ScreeningResult screenNaiveExact() {
    return naive.screen(nextQuery());
  }

  /** Building the plain index from the entries (the cost of a copy-on-write update of the whole list). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public BlacklistIndex buildIndex() {
    return build(null);
  }
}
