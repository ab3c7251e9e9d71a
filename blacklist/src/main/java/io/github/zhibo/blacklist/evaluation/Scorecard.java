package io.github.zhibo.blacklist.evaluation;

import io.github.zhibo.blacklist.Hit;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.Verdict;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-kind results of a screener on an {@link EvasionBenchmark}. For an evasion, <em>caught</em> means
 * BLOCK or REVIEW with the target entry among the top three hits; <em>exact</em> means the expected
 * decision with the target in the top three. For a negative, the block and review rates are false alarms.
 *
 * @param rows one row per kind present in the benchmark
 */
public record Scorecard(Map<EvasionKind, Row> rows) {

  /**
   * One kind's counts.
   *
   * @param queries how many queries
   * @param caught evasions flagged with the right entry in the top three (negatives: 0)
   * @param exact expected decision (and, for evasions, the right entry in the top three)
   * @param blocked decided BLOCK
   * @param reviewed decided REVIEW
   */
  public record Row(int queries, int caught, int exact, int blocked, int reviewed) {
    public double rate(int n) {
      return queries == 0 ? 0 : (double) n / queries;
    }
  }

  public Scorecard {
    rows = Map.copyOf(rows);
  }

  /** Runs {@code screener} over every query of {@code benchmark}. */
  public static Scorecard of(EvasionBenchmark benchmark, Function<ScreeningRecord, ScreeningResult> screener) {
    Map<EvasionKind, int[]> counts = new EnumMap<>(EvasionKind.class);
    for (LabelledQuery q : benchmark.queries()) {
      ScreeningResult r = screener.apply(q.query());
      int[] c = counts.computeIfAbsent(q.kind(), k -> new int[5]);
      c[0]++;
      boolean inTop3 = q.targetEntryId() != null && r.hits().stream().limit(3).map(Hit::entryId)
          .anyMatch(q.targetEntryId()::equals);
      if (r.verdict() != Verdict.CLEAR && inTop3) c[1]++;
      if (r.verdict() == q.kind().expected() && (q.kind().negative() || inTop3)) c[2]++;
      if (r.verdict() == Verdict.BLOCK) c[3]++;
      if (r.verdict() == Verdict.REVIEW) c[4]++;
    }
    Map<EvasionKind, Row> rows = new EnumMap<>(EvasionKind.class);
    counts.forEach((k, c) -> rows.put(k, new Row(c[0], c[1], c[2], c[3], c[4])));
    return new Scorecard(rows);
  }

  /** Caught evasions over all evasions. */
  public double overallRecall() {
    return ratio(true, Row::caught);
  }

  /** Among evasions whose expected decision is BLOCK: the share blocked with the right entry in the top three. */
  public double anchorBlockRate() {
    int n = 0;
    int ok = 0;
    for (var e : rows.entrySet()) {
      if (e.getKey().expected() != Verdict.BLOCK) continue;
      n += e.getValue().queries();
      ok += e.getValue().exact();
    }
    return n == 0 ? 1 : (double) ok / n;
  }

  /** Among negatives (hard and clean): the share blocked. */
  public double negativeBlockRate() {
    return ratio(false, Row::blocked);
  }

  /** Among negatives: the share sent to review. */
  public double negativeReviewRate() {
    return ratio(false, Row::reviewed);
  }

  /** The row of {@code kind}. */
  public Row row(EvasionKind kind) {
    return rows.get(kind);
  }

  private double ratio(boolean evasions, java.util.function.ToIntFunction<Row> f) {
    int n = 0;
    int k = 0;
    for (var e : rows.entrySet()) {
      if (e.getKey().negative() == evasions) continue;
      n += e.getValue().queries();
      k += f.applyAsInt(e.getValue());
    }
    return n == 0 ? 0 : (double) k / n;
  }

  /** A Markdown table of this scorecard beside {@code baseline}. */
  public String toMarkdown(Scorecard baseline) {
    StringBuilder sb = new StringBuilder();
    sb.append("| kind | expected | n | caught | exact | block | review | baseline caught | baseline exact |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (EvasionKind k : EvasionKind.values()) {
      Row r = rows.get(k);
      if (r == null) continue;
      Row b = baseline.rows.getOrDefault(k, new Row(0, 0, 0, 0, 0));
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", k, k.expected(),
          r.queries(), k.negative() ? "-" : pct(r.rate(r.caught())), pct(r.rate(r.exact())), pct(r.rate(r.blocked())),
          pct(r.rate(r.reviewed())), k.negative() ? "-" : pct(b.rate(b.caught())), pct(b.rate(b.exact()))));
    }
    sb.append(String.format(Locale.ROOT,
        "%noverall recall %s (baseline %s); anchor evasions blocked %s (baseline %s); negatives blocked %s,"
            + " reviewed %s (baseline %s, %s)%n", pct(overallRecall()), pct(baseline.overallRecall()),
        pct(anchorBlockRate()), pct(baseline.anchorBlockRate()), pct(negativeBlockRate()), pct(negativeReviewRate()),
        pct(baseline.negativeBlockRate()), pct(baseline.negativeReviewRate())));
    return sb.toString();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

}
