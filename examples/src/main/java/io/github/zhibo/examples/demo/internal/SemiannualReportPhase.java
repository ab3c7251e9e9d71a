package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.regulation.IdentityReport;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ReportCategory;
import io.github.zhibo.core.regulation.ReportSection;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.report.SemiannualReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity report (身份信息报送) in the profile's report months (January and July): on the month's
 * tenth working day the platform writes, through the identity module's {@link SemiannualReportWriter}, one
 * CSV per section of the profile's {@link IdentityReport#categories()} (the article's fields as columns, as
 * the registry stands that day) and one {@code report.xlsx} with a sheet per section, and keeps each CSV's
 * hash as evidence. The XLSX's hash is not ledgered: the spreadsheet library stamps the write time into
 * the file, which would make the demo's ledger differ from run to run. The deadline is the end of the report month.
 *
 * <p>The demo's parties are synthetic: every value is a {@code DEMO-} placeholder, never a real-looking
 * identity number. A real report carries the registered values (the identity module writes it).
 */
public final class SemiannualReportPhase implements Phase {
  private static final int ON_WORKING_DAY = 10;
  private final Map<YearMonth, Integer> workingDaySeen = new LinkedHashMap<>();
  /** Rows per section per report month, for the summary and the HTML report. */
  final Map<String, Integer> rows = new LinkedHashMap<>();

  @Override
  public String name() {
    return "identity report";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    IdentityReport report = sim.profile.identityReport();
    if (!report.months().contains(day.getMonth()) || !sim.calendar.isWorkingDay(day)
        || !sim.profile.imposes(Obligation.SEMIANNUAL_REPORT)) {
      return;
    }
    YearMonth month = YearMonth.from(day);
    int n = workingDaySeen.merge(month, 1, Integer::sum);
    if (n != ON_WORKING_DAY) {
      return;
    }
    Path dir = sim.out.resolve("reports").resolve(month.toString());
    try {
      Files.createDirectories(dir);
      try (SemiannualReportWriter writer = SemiannualReportWriter.builder().profile(sim.profile).asOf(day)
          .directory(dir).environment(sim.environment).build()) {
        for (ReportCategory c : report.categories()) {
          for (SimParty p : members(sim, c.section())) {
            writer.add(record(p));
          }
        }
        writer.finish();
      }
      for (ReportCategory c : report.categories()) {
        Path file = dir.resolve(c.section().name() + ".csv");
        int parties = members(sim, c.section()).size();
        sim.tally.files.add(sim.out.relativize(file).toString().replace('\\', '/'));
        rows.put(month + " " + c.section().name(), parties);
        sim.tally.performed(Obligation.SEMIANNUAL_REPORT);
        sim.evidence(Obligation.SEMIANNUAL_REPORT, sim.platformId(), "IDENTITY_REPORT_FILED", Map.of(
            "month", month.toString(), "section", c.section().name(), "rows", String.valueOf(parties),
            "sha256", Csv.sha256(file)), null, day);
      }
      sim.tally.files.add(sim.out.relativize(dir.resolve(SemiannualReportWriter.XLSX_FILE)).toString().replace('\\', '/'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocalDate due = month.atEndOfMonth();
    sim.tally.deadline("identity report (" + report.months().size() + "×/year)", Obligation.SEMIANNUAL_REPORT,
        !day.isAfter(due), day);
  }

  private static List<SimParty> members(Sim sim, ReportSection section) {
    var out = new ArrayList<SimParty>();
    switch (section) {
      case REGISTERED_OPERATORS, UNREGISTERED_OPERATORS -> {
        for (SimParty p : sim.operators) {
          boolean registered = p.kind != null && p.kind.registeredByNature();
          if (p.active && p.lastVerifiedOn != null && registered == (section == ReportSection.REGISTERED_OPERATORS)) {
            out.add(p);
          }
        }
      }
      case MARKETERS -> sim.marketers.stream().filter(p -> p.active && p.lastVerifiedOn != null).forEach(out::add);
      case SELLERS -> { }   // the demo models no sellers: the section is written with its header only
    }
    return out;
  }

  /** The synthetic party as the identity module's registration record: {@code DEMO-} placeholders only. */
  private static RegistrationRecord record(SimParty p) {
    String tag = p.id.value();
    boolean marketer = p.role == io.github.zhibo.core.party.PartyRole.MARKETER;
    var b = RegistrationRecord.builder(tag, marketer ? ArchiveRole.MARKETER : ArchiveRole.OPERATOR, p.registeredOn)
        .name("DEMO-name-" + tag).id(DocumentType.PASSPORT, "DEMO-id-" + tag).address("DEMO-address-" + tag)
        .contact("DEMO-contact-" + tag).liveAccounts(List.of(p.accountKey)).lastVerifiedOn(p.lastVerifiedOn);
    if (marketer) {
      b.occupation("DEMO-occupation-" + tag).agency(p.agency == null ? null : p.agency.id.value());
    } else {
      b.kind(p.kind).marketEntityRegistered(p.kind != null && p.kind.registeredByNature());
    }
    return b.build();
  }
}
