package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.examples.demo.TierRating.DemoTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the run counts, for the summary and the HTML report. Every map iterates in a fixed order
 * (enum or sorted or insertion) so the output is reproducible. Mutable; confined to the engine's thread.
 */
public final class Tally {

  /** One kind of deadline: the duty it belongs to and how it fared. */
  public static final class DeadlineStats {
    final Obligation obligation;
    int met;
    int missed;
    int open;
    final int[] metByMonth = new int[12];
    final int[] missedByMonth = new int[12];

    DeadlineStats(Obligation obligation) {
      this.obligation = obligation;
    }
  }

  /** One route of coming back after a listing. */
  public static final class ReentryStats {
    int attempts;
    int blocked;
  }

  /** Duties performed, per obligation (a verification, a training completion, a report, …). */
  final Map<Obligation, Long> performed = new EnumMap<>(Obligation.class);
  /** Findings made, per article cited. */
  final Map<ArticleRef, Long> findings = new TreeMap<>();
  /** Deadline kinds in the order they were first met. */
  final Map<String, DeadlineStats> deadlines = new LinkedHashMap<>();
  final Map<ReentryRoute, ReentryStats> reentries = new EnumMap<>(ReentryRoute.class);
  final Map<Measure, Long> measures = new EnumMap<>(Measure.class);
  final Map<String, Long> population = new LinkedHashMap<>();
  /** Rooms per tier at each month's tiering run, months 1..12. */
  final List<int[]> tiersByMonth = new ArrayList<>();
  /** Re-verifications due and not yet done, at the end of each day. */
  final List<Integer> backlogByDay = new ArrayList<>();
  final List<String> files = new ArrayList<>();
  int maxOverdue;
  long livesAllowed;
  long livesDenied;
  long livesReview;
  long channelFailures;
  long verificationMismatches;
  long pageChecks;
  long regulatorReports;
  long appealsFiled;
  long appealsUpheld;
  long listings;
  long expiries;

  Tally() {
    for (String k : new String[] {"marketer agencies", "operators: organisations", "operators: individual businesses",
        "operators: natural persons", "marketers"}) {
      population.put(k, 0L);
    }
    for (ReentryRoute r : ReentryRoute.values()) {
      reentries.put(r, new ReentryStats());
    }
  }

  void performed(Obligation o) {
    performed.merge(o, 1L, Long::sum);
  }

  void finding(ArticleRef article) {
    findings.merge(article.wholeArticle(), 1L, Long::sum);
  }

  void population(String what) {
    population.merge(what, 1L, Long::sum);
  }

  DeadlineStats deadline(String kind, Obligation o) {
    return deadlines.computeIfAbsent(kind, k -> new DeadlineStats(o));
  }

  /** Records a deadline of {@code kind} as met or missed on {@code day}. */
  void deadline(String kind, Obligation o, boolean met, LocalDate day) {
    DeadlineStats s = deadline(kind, o);
    if (met) {
      s.met++;
      s.metByMonth[day.getMonthValue() - 1]++;
    } else {
      s.missed++;
      s.missedByMonth[day.getMonthValue() - 1]++;
    }
  }

  void measure(Measure m) {
    measures.merge(m, 1L, Long::sum);
  }

  static int[] tierRow(Map<DemoTier, Integer> counts) {
    int[] row = new int[DemoTier.values().length];
    counts.forEach((t, n) -> row[t.ordinal()] = n);
    return row;
  }
}
