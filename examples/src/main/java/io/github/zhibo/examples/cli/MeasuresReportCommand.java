package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.ZhiboException;
import io.github.zhibo.core.time.CalendarDataMissingException;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.enforcement.DisposalWorkflow;
import io.github.zhibo.enforcement.EnforcementException;
import io.github.zhibo.enforcement.Proposal;
import io.github.zhibo.enforcement.RegulatorReport;
import io.github.zhibo.enforcement.ReportDocument;
import io.github.zhibo.enforcement.ReportPeriod;
import io.github.zhibo.enforcement.TakeOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo measures report --records F --from DATE --to DATE --out DIR [--profile P] [--calendar-data DIR]}:
 * runs each requested measure (JSON lines, in time order) through the disposal workflow — proportionality table,
 * term, remedy route, consumer orders — prints one decision line per input line, and writes the period's report
 * documents (one JSON and one CSV per authority) and the evidence ledger under DIR. A capped proposal (REVIEW)
 * is not taken: a person must confirm the lighter measure.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Takes the measures in --records (JSON lines) through the disposal workflow; prints one JSON decision per line",
      "and writes the report documents of --from..--to (JSON + CSV per authority) and ledger.jsonl under --out."
    })
final class MeasuresReportCommand implements Runnable {

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ObjectMapper json = new ObjectMapper();

  @Option(names = "--records", required = true, paramLabel = "F", description = "JSON lines, one measure each.")
  private Path records;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the report period.")
  private String from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the report period.")
  private String to;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where documents and ledger go.")
  private Path outDir;

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025.")
  private String profile = RegulationProfiles.defaultProfile().id().value();

  @Option(names = "--calendar-data", paramLabel = "DIR", description = "Extra working-day years, one file each.")
  private Path calendarData;

  MeasuresReportCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    ReportPeriod period = period();
    RegulationProfile p = profile();
    WorkingDayCalendar calendar = calendar();
    Path ledgerFile = prepareOut();
    var clock = new DayClock(ChinaZone.today(io.clock()));
    var output = new Output(out);
    List<ReportDocument> docs;
    int taken = 0;
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.jsonLines(ledgerFile)).clock(clock).build();
        LineSource in = LineSource.open(records, "--records")) {
      DisposalWorkflow wf = DisposalWorkflow.builder().profile(p).ledger(ledger).calendar(calendar)
          .environment(Environment.of(clock)).build();
      Set<String> opened = new HashSet<>();
      for (String line = in.next(); line != null; line = in.next()) {
        MeasureLine m = MeasureLine.parse(parse(line, in), in);
        ObjectNode result = run(wf, m, clock, opened, in);
        if (result.hasNonNull("measureId")) taken++;
        output.println(result.toString());
      }
      docs = wf.reportDocuments(period);
      for (ReportDocument d : docs) {
        write(outDir.resolve(d.fileBaseName() + ".json"), d.json());
        write(outDir.resolve(d.fileBaseName() + ".csv"), d.csv());
      }
    }
    output.finish();
    err.println("measures report: " + taken + " measures taken, " + docs.size() + " documents written");
  }

  private ObjectNode run(DisposalWorkflow wf, MeasureLine m, DayClock clock, Set<String> opened, LineSource in) {
    if (m.takenOn().isBefore(m.disposalCase().receivedOn())) throw in.error("takenOn: before receivedOn");
    clock.set(m.takenOn());
    try {
      if (opened.add(m.disposalCase().caseRef())) wf.open(m.disposalCase());
      Proposal proposal = wf.propose(m.disposalCase().caseRef(), m.requested());
      ObjectNode r = json.createObjectNode();
      r.put("caseRef", m.disposalCase().caseRef());
      r.put("requested", m.requested().name());
      if (!proposal.decision().isAllowed()) {
        r.put("outcome", proposal.decision().outcome().name());
        r.put("measure", proposal.permitted().map(Enum::name).orElse(null));
        r.putNull("measureId");
        findings(r, proposal.decision().findings());
        r.putArray("reports");
        return r;
      }
      TakeOutcome o = wf.take(proposal, m.details());
      r.put("outcome", o.decision().outcome().name());
      r.put("measure", o.record().map(x -> x.measure().name()).orElse(null));
      r.put("measureId", o.record().map(x -> x.measureId()).orElse(null));
      findings(r, o.decision().findings());
      ArrayNode reports = r.putArray("reports");
      for (RegulatorReport rep : o.reports()) {
        RegulatorReport sent = m.sentOn().map(d -> wf.markSent(rep.reportId(), d)).orElse(rep);
        ObjectNode x = reports.addObject();
        x.put("reportId", sent.reportId());
        x.put("recipient", sent.recipient().toString());
        x.put("jurisdiction", sent.jurisdiction().name());
        x.put("article", sent.source().toString());
        x.put("dueOn", sent.dueOn().toString());
        x.put("sentOn", sent.sentOn().map(LocalDate::toString).orElse(null));
        x.put("late", sent.sentOn().map(s -> s.isAfter(sent.dueOn())).orElse(false));
      }
      return r;
    } catch (EnforcementException e) {
      throw in.error(e.code().id() + " " + firstLine(e));
    } catch (CalendarDataMissingException e) {
      throw in.error("no working-day data for " + e.year() + " (use --calendar-data)");
    } catch (IllegalArgumentException e) {
      throw in.error("invalid record: " + firstLine(e));
    }
  }

  private static void findings(ObjectNode r, List<Finding> findings) {
    ArrayNode a = r.putArray("findings");
    for (Finding f : findings) {
      ObjectNode x = a.addObject();
      x.put("rule", f.rule());
      x.put("severity", f.severity().name());
      x.put("article", f.article().map(Object::toString).orElse(null));
      x.put("messageKey", f.messageKey());
    }
  }

  private JsonNode parse(String line, LineSource in) {
    try {
      return json.readTree(line);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the input: never echo it
      throw in.error("not valid JSON");
    }
  }

  private ReportPeriod period() {
    LocalDate f = Arguments.isoDate("--from", from);
    LocalDate t = Arguments.isoDate("--to", to);
    if (t.isBefore(f)) throw new BadInputException("--to: before --from");
    return new ReportPeriod(f, t);
  }

  private RegulationProfile profile() {
    try {
      return RegulationProfiles.get(ProfileId.of(profile));
    } catch (IllegalArgumentException | ZhiboException e) {
      throw new BadInputException("--profile: unknown profile (expected one of " + RegulationProfiles.bundled() + ")");
    }
  }

  private WorkingDayCalendar calendar() {
    if (calendarData == null) return WorkingDayCalendar.chinaMainland();
    var b = WorkingDayCalendar.builder();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(calendarData)) {
      for (Path file : files) {
        if (!Files.isRegularFile(file)) continue;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          b.addYear(r);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new BadInputException("--calendar-data: unreadable directory or file");
    } catch (ZhiboException e) {
      throw new BadInputException("--calendar-data: " + e.code().id() + " invalid schedule file");
    }
  }

  private Path prepareOut() {
    try {
      Files.createDirectories(outDir);
      Path ledger = outDir.resolve("ledger.jsonl");
      Files.deleteIfExists(ledger);
      return ledger;
    } catch (IOException e) {
      throw new BadInputException("--out: cannot create or write the directory");
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("--out: cannot write " + file.getFileName());
    }
  }

  private static String firstLine(RuntimeException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /** The workflow's "today": each input line's day, at noon in China. Not thread-safe; the command is sequential. */
  private static final class DayClock extends Clock {
    private Instant now;

    DayClock(LocalDate day) {
      set(day);
    }

    void set(LocalDate day) {
      now = day.atTime(12, 0).atZone(ChinaZone.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return ChinaZone.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
