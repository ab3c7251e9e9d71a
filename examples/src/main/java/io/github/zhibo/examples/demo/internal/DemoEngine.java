package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.env.ComplianceListener;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.ChainHead;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.FsyncPolicy;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.VerificationResult;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.MissingYearPolicy;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.examples.demo.DemoConfig;
import io.github.zhibo.examples.demo.DemoResult;
import io.github.zhibo.examples.demo.DemoServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The day loop: moves the clock, runs the agenda and then every phase in order, samples the
 * re-verification backlog, and at the end writes the reports, verifies the ledger file and renders the
 * summary and the HTML report.
 */
public final class DemoEngine {
  private DemoEngine() {}

  /** See {@link io.github.zhibo.examples.demo.DemoRunner#run}. */
  public static DemoResult run(DemoConfig config, DemoServices services, PlatformParameters parameters,
      Consumer<String> progress) throws IOException {
    RegulationProfile profile = RegulationProfiles.get(config.profile());
    // deadlines set in late December end in a year whose schedule is not published: statutory fallback,
    // flagged provisional by the calendar, instead of failing the run
    WorkingDayCalendar calendar = WorkingDayCalendar.builder().missingYearPolicy(MissingYearPolicy.STATUTORY_FALLBACK).build();
    Path out = config.out();
    Files.createDirectories(out);
    cleanPrevious(out);
    Path ledgerFile = out.resolve("ledger.jsonl");
    SimClock clock = new SimClock(config.firstDay());
    // a direct executor: the go-live gate's components then run on the engine's thread, in order, so the
    // run is reproducible and the simulated state needs no locks
    Environment env = new Environment(clock, ComplianceListener.none(), Runnable::run);
    List<Phase> phases = List.of(new OnboardingPhase(), new ReverificationPhase(), new TrainingPhase(),
        new TieringPhase(), new GoLivePhase(), new PageCheckPhase(), new EnforcementPhase(), new BlacklistPhase(),
        new ReentryPhase(), new ChangeReportPhase(), new UnreachablePartyPhase(), new SemiannualReportPhase());
    Sim sim;
    // OS_DEFAULT: a demo ledger need not survive a power loss, and an fsync per record would dominate the run
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.jsonLines(ledgerFile, FsyncPolicy.OS_DEFAULT))
        .clock(clock).build()) {
      sim = new Sim(profile, calendar, clock, env, parameters, ledger, services, config.scale(), config.seed(), out);
      for (LocalDate day = config.firstDay(); !day.isAfter(config.lastDay()); day = day.plusDays(1)) {
        clock.set(day);
        sim.runAgenda(day);
        for (Phase p : phases) {
          p.day(sim, day);
        }
        sim.tally.backlogByDay.add(ReverificationPhase.backlog(sim, day));
        if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
          progress.accept(String.format("demo: %s simulated: %d operators, %d marketers, %d lives, %d ledger records",
              day.toString().substring(0, 7), sim.operators.size(), sim.marketers.size(), sim.tally.livesAllowed,
              ledger.head().map(ChainHead::sequence).orElse(0L)));
        }
      }
      for (Phase p : phases) {
        p.finish(sim, config.lastDay());
      }
    }
    EnforcementPhase enforcement = (EnforcementPhase) phases.get(6);
    Path measures = out.resolve("reports").resolve("measure-reports.csv");
    MeasureReportsCsv.write(measures, enforcement.reports);
    sim.tally.files.add("reports/measure-reports.csv");
    progress.accept("demo: verifying the evidence ledger read back from " + ledgerFile.getFileName());
    VerificationResult verified;
    ChainHead head;
    try (EvidenceLedger reread = EvidenceLedger.builder().store(LedgerStore.jsonLines(ledgerFile, FsyncPolicy.OS_DEFAULT))
        .clock(clock).build()) {
      verified = reread.verify();
      head = reread.head().orElseThrow(() -> new IllegalStateException("the demo wrote no evidence"));
    }
    sim.tally.files.add(0, "ledger.jsonl");
    sim.tally.files.add("summary.txt");
    sim.tally.files.add("report.html");
    var view = new RunView(config, profile, sim.tally, enforcement.reports,
        ((SemiannualReportPhase) phases.get(phases.size() - 1)).rows, verified, head);
    String summary = SummaryWriter.write(view);
    Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("report.html"), HtmlReport.render(view), StandardCharsets.UTF_8);
    return new DemoResult(summary, verified.recordsChecked(), head.hash(), verified.isOk(), sim.tally.files);
  }

  /** Deletes what an earlier run wrote under these names, so the new ledger starts a fresh chain. */
  private static void cleanPrevious(Path out) throws IOException {
    for (String f : new String[] {"ledger.jsonl", "summary.txt", "report.html"}) {
      Files.deleteIfExists(out.resolve(f));
    }
    Path reports = out.resolve("reports");
    if (Files.isDirectory(reports)) {
      var dirs = new ArrayList<Path>();
      try (Stream<Path> walk = Files.walk(reports)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          if (Files.isDirectory(p)) {
            dirs.add(p);
          } else if (p.getFileName().toString().endsWith(".csv")) {
            Files.delete(p);
          }
        }
      }
      dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
      for (Path d : dirs) {
        try (Stream<Path> s = Files.list(d)) {
          if (s.findAny().isEmpty()) {
            Files.delete(d);
          }
        }
      }
    }
  }
}
