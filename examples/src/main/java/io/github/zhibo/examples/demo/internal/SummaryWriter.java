package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.examples.demo.TierRating.DemoTier;
import java.util.Locale;
import java.util.Map;

/**
 * The stdout summary: plain aligned columns under 100 characters wide, every duty with its article,
 * nothing that needs decoding. Depends only on the run's tallies, so it is identical for the same seed.
 */
final class SummaryWriter {
  private SummaryWriter() {}

  static String write(RunView v) {
    var sb = new StringBuilder(4096);
    Tally t = v.tally();
    line(sb, "zhibo demo: one simulated year of a live-commerce platform");
    line(sb, String.format("  profile %s (%s)", v.profile().id(), v.textInWords()));
    line(sb, String.format("  seed %d, scale %s, simulated %s to %s day by day", v.config().seed(),
        v.config().scale().name().toLowerCase(Locale.ROOT), v.config().firstDay(), v.config().lastDay()));
    line(sb, "  (identity sandbox channel, blacklist, tiering and disclosure: the real modules, synthetic parties)");
    section(sb, "Parties registered");
    t.population.forEach((k, n) -> line(sb, String.format("  %-40s %8d", k, n)));
    section(sb, "Duties performed");
    line(sb, String.format("  %-40s %-12s %8s", "what was done", "article", "count"));
    t.performed.forEach((o, n) -> line(sb, String.format("  %-40s %-12s %8d", RunView.label(o), v.article(o), n)));
    section(sb, "Go-live gate (training, pre-live identity, blacklist screening)");
    line(sb, String.format("  %-40s %8d", "lives allowed", t.livesAllowed));
    line(sb, String.format("  %-40s %8d", "lives denied", t.livesDenied));
    line(sb, String.format("  %-40s %8d", "lives held for review", t.livesReview));
    line(sb, String.format("  %-40s %8d", "page checks during lives", t.pageChecks));
    section(sb, "Deadlines (working-day calendar)");
    line(sb, String.format("  %-32s %-12s %6s %6s %6s %7s", "deadline", "article", "met", "missed", "open", "on time"));
    t.deadlines.forEach((k, d) -> line(sb, String.format("  %-32s %-12s %6d %6d %6d %7s", k, v.article(d.obligation),
        d.met, d.missed, d.open, percent(d.met, d.met + d.missed))));
    line(sb, "  (open: still running at year end; on time: met / (met + missed))");
    section(sb, "Re-entry attempts by listed subjects");
    line(sb, String.format("  %-32s %8s %8s %12s", "route", "attempts", "blocked", "got through"));
    long attempts = 0;
    long blocked = 0;
    for (var e : t.reentries.entrySet()) {
      line(sb, String.format("  %-32s %8d %8d %12d", e.getKey().label, e.getValue().attempts, e.getValue().blocked,
          e.getValue().attempts - e.getValue().blocked));
      attempts += e.getValue().attempts;
      blocked += e.getValue().blocked;
    }
    line(sb, String.format("  %-32s %8d %8d %12d", "all routes", attempts, blocked, attempts - blocked));
    line(sb, String.format("  listings %d, appeals filed %d (upheld %d), removed at term end %d", t.listings,
        t.appealsFiled, t.appealsUpheld, t.expiries));
    section(sb, "Measures taken (proportionality table of the profile)");
    for (Map.Entry<Measure, Long> e : t.measures.entrySet()) {
      line(sb, String.format("  %-40s %8d", e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue()));
    }
    line(sb, String.format("  %-40s %8d", "reports of measures to the regulator", t.regulatorReports));
    section(sb, "Findings by article");
    for (Map.Entry<ArticleRef, Long> e : t.findings.entrySet()) {
      line(sb, String.format("  %-12s %-40s %8d", RunView.art(e.getKey()), heading(v, e.getKey()), e.getValue()));
    }
    section(sb, "Tiers (rooms at the December run)");
    if (!t.tiersByMonth.isEmpty()) {
      int[] last = t.tiersByMonth.get(t.tiersByMonth.size() - 1);
      for (DemoTier tier : DemoTier.values()) {
        line(sb, String.format("  %-40s %8d", tier.name().toLowerCase(Locale.ROOT), last[tier.ordinal()]));
      }
    }
    section(sb, "Identity verification channel");
    line(sb, String.format("  %-40s %8d", "channel failures (retried)", t.channelFailures));
    line(sb, String.format("  %-40s %8d", "mismatches (corrected, retried)", t.verificationMismatches));
    line(sb, String.format("  %-40s %8d", "largest re-verification work queue", t.backlogByDay.stream().mapToInt(i -> i).max().orElse(0)));
    line(sb, String.format("  %-40s %8d", "most parties overdue on one day", t.maxOverdue));
    section(sb, "Evidence ledger");
    line(sb, String.format("  %d records, head %s…, read back and verified: %s", v.verified().recordsChecked(),
        v.head().hash().substring(0, 16), v.verified().isOk() ? "OK" : "BROKEN at " + v.verified().firstBreak().get()));
    section(sb, "Files written under the output directory");
    for (String f : t.files) {
      line(sb, "  " + f);
    }
    return sb.toString();
  }

  /** The article's English heading from the profile, cut to fit. */
  static String heading(RunView v, ArticleRef a) {
    try {
      String h = v.profile().article(a.article()).titleEn();
      return h.length() > 40 ? h.substring(0, 39) + "…" : h;
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static void section(StringBuilder sb, String title) {
    sb.append('\n');
    line(sb, title);
  }

  private static void line(StringBuilder sb, String s) {
    sb.append(s).append('\n');
  }
}
