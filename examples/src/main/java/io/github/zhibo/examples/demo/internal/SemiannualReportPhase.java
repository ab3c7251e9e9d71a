package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.party.PartyField;
import io.github.zhibo.core.regulation.IdentityReport;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ReportCategory;
import io.github.zhibo.core.regulation.ReportSection;
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
 * tenth working day the platform writes one CSV per section of the profile's
 * {@link IdentityReport#categories()}, with the article's fields as columns, as the registry stands that
 * day, and keeps the file's hash as evidence. The deadline is the end of the report month.
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
      for (ReportCategory c : report.categories()) {
        List<SimParty> parties = members(sim, c.section());
        Path file = dir.resolve(c.section().name() + ".csv");
        var lines = new ArrayList<String>();
        lines.add(Csv.row(c.fields().stream().map(PartyField::name).toList()));
        for (SimParty p : parties) {
          lines.add(Csv.row(c.fields().stream().map(f -> value(p, f)).toList()));
        }
        Files.write(file, lines);
        sim.tally.files.add(sim.out.relativize(file).toString().replace('\\', '/'));
        rows.put(month + " " + c.section().name(), parties.size());
        sim.tally.performed(Obligation.SEMIANNUAL_REPORT);
        sim.evidence(Obligation.SEMIANNUAL_REPORT, sim.platformId(), "IDENTITY_REPORT_FILED", Map.of(
            "month", month.toString(), "section", c.section().name(), "rows", String.valueOf(parties.size()),
            "sha256", Csv.sha256(file)), null, day);
      }
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

  private static String value(SimParty p, PartyField f) {
    return switch (f) {
      case LIVE_ACCOUNT -> p.accountKey;
      case AGENCY -> p.agency == null ? "" : p.agency.id.value();
      default -> "DEMO-" + f.name().toLowerCase(java.util.Locale.ROOT) + "-" + p.id.value();
    };
  }
}
