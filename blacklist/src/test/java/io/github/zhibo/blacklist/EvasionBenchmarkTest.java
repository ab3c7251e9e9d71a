package io.github.zhibo.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.blacklist.evaluation.EvasionBenchmark;
import io.github.zhibo.blacklist.evaluation.EvasionKind;
import io.github.zhibo.blacklist.evaluation.LabelledQuery;
import io.github.zhibo.blacklist.evaluation.NaiveExactMatcher;
import io.github.zhibo.blacklist.evaluation.Scorecard;
import io.github.zhibo.core.env.Environment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small CI tier of the labelled evasion benchmark: targets of issue 7 item 4, plain and shared. */
class EvasionBenchmarkTest {

  static final Environment ENV = Environment.of(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7L, 20260601L})
  void meetsTheTargetsAndBeatsTheBaseline(long seed) {
    EvasionBenchmark bench = EvasionBenchmark.generate(seed, 3000, 120);
    var builder = BlacklistIndex.builder().environment(ENV);
    bench.entries().forEach(builder::add);
    BlacklistIndex index = builder.build();
    Scorecard card = Scorecard.of(bench, index::screen);
    Scorecard naive = Scorecard.of(bench, new NaiveExactMatcher(bench.entries())::screen);
    System.out.println("seed " + seed + "\n" + card.toMarkdown(naive));

    assertThat(card.overallRecall()).as("seed %d overall recall", seed).isGreaterThanOrEqualTo(0.99);
    assertThat(card.anchorBlockRate()).as("seed %d anchor evasions blocked", seed).isGreaterThanOrEqualTo(0.999);
    assertThat(card.negativeBlockRate()).as("seed %d negatives blocked", seed).isLessThanOrEqualTo(0.001);
    assertThat(card.row(EvasionKind.CLEAN).reviewed()).as("seed %d clean reviewed", seed)
        .isLessThanOrEqualTo(card.row(EvasionKind.CLEAN).queries() / 50);
    assertThat(card.overallRecall()).isGreaterThan(naive.overallRecall());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11L, 424242L})
  void sharedListLosesNoRecallOnIdentifierEvasions(long seed) {
    EvasionBenchmark bench = EvasionBenchmark.generate(seed, 2000, 60);
    ConsortiumKey key = ConsortiumKey.random("consortium-test");
    var plainBuilder = BlacklistIndex.builder().environment(ENV);
    var sharedBuilder = BlacklistIndex.builder().environment(ENV).key(key);
    var exporter = SharedListExporter.of(key, ScreeningPolicy.defaults(), ENV);
    for (ScreeningRecord e : bench.entries()) {
      plainBuilder.add(e);
      String line = exporter.line(e);
      assertThat(line).doesNotContain(e.idNumber() == null ? "\u0000" : e.idNumber());
      sharedBuilder.addShared(line);
    }
    BlacklistIndex plain = plainBuilder.build();
    BlacklistIndex shared = sharedBuilder.build();
    assertThat(shared.isShared()).isTrue();
    int compared = 0;
    for (LabelledQuery q : bench.queries()) {
      ScreeningResult p = plain.screen(q.query());
      ScreeningResult s = shared.screen(q.query());
      assertThat(s.verdict()).as("seed %d %s %s", seed, q.kind(), q.query().id()).isEqualTo(p.verdict());
      if (q.kind().identifierBased()) {
        assertThat(s.hits().stream().map(Hit::entryId).toList())
            .as("seed %d %s", seed, q.kind()).containsAll(p.hits().stream().map(Hit::entryId).limit(1).toList());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(500);
    Scorecard ps = Scorecard.of(bench, plain::screen);
    Scorecard ss = Scorecard.of(bench, shared::screen);
    for (EvasionKind k : EvasionKind.values()) {
      if (k.identifierBased() && ps.row(k) != null) {
        assertThat(ss.row(k).caught()).as("seed %d %s", seed, k).isEqualTo(ps.row(k).caught());
      }
    }
  }
}
