package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.report.ReportError;
import io.github.zhibo.identity.report.ReportException;
import io.github.zhibo.identity.report.ReportSummary;
import io.github.zhibo.identity.report.SectionSummary;
import io.github.zhibo.identity.report.SemiannualReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo report semiannual --archive F --as-of DATE --out DIR [--profile P]}: writes the Art. 9
 * January/July report of the archive as it stands on DATE — one {@code SECTION.csv} per section and one
 * {@code report.xlsx} — and prints a JSON summary (sections, rows, incomplete record ids, SHA-256 of every
 * file). The files carry full identity data, as the regulator requires; stdout and stderr never do.
 */
@Command(
    name = "semiannual",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the January/July identity report (Art. 9) under --out: SECTION.csv per section and report.xlsx.",
      "Prints a JSON summary: profile, month, sections (id, rows, incomplete), sha256 of each file."
    })
final class ReportSemiannualCommand implements Runnable {

  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--archive", required = true, paramLabel = "F", description = "Registration records, JSON lines.")
  private String archive;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "ISO date of the snapshot.")
  private String asOf;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the report files.")
  private String outDir;

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025.")
  private String profile;

  ReportSemiannualCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    quietPoiLogging();
    LocalDate day = Arguments.isoDate("--as-of", asOf);
    RegulationProfile p = ArchiveInput.profile(profile);
    Path archiveFile = ArchiveInput.path("--archive", archive);
    Path dir = ArchiveInput.path("--out", outDir);
    ReportSummary summary;
    SemiannualReportWriter writer;
    try {
      writer = SemiannualReportWriter.builder().profile(p).asOf(day).directory(dir).build();
    } catch (ReportException e) {
      throw new BadInputException("--out: cannot create the report files");
    }
    try (writer) {
      ArchiveInput.forEach(archiveFile, err, "report semiannual", record -> {
        try {
          writer.add(record);
        } catch (ReportException e) {
          if (e.code() == ReportError.VALUE_TOO_LONG) {
            throw new ArchiveInput.BadRecord(e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
          }
          throw new BadInputException("--out: cannot write the report files");
        }
      });
      try {
        summary = writer.finish();
      } catch (ReportException e) {
        throw new BadInputException("--out: cannot write the report files");
      }
    }
    var output = new Output(out);
    output.println(json(summary));
    output.finish();
  }

  /**
   * POI logs through the Log4j API; without a provider on the class path Log4j prints a warning to stderr at
   * the first use. The CLI has no logging configuration, so the API's simple logger (errors only) is chosen
   * unless the user configured one.
   */
  private static void quietPoiLogging() {
    if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private static String json(ReportSummary summary) {
    var s = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("profile", summary.profile().value());
      g.writeStringField("month", summary.month().toString());
      g.writeArrayFieldStart("sections");
      for (SectionSummary sec : summary.sections()) {
        g.writeStartObject();
        g.writeStringField("id", sec.section().name());
        g.writeNumberField("rows", sec.rows());
        g.writeArrayFieldStart("incomplete");
        for (String id : sec.incomplete()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("sha256");
      for (Map.Entry<String, String> f : summary.sha256().entrySet()) {
        g.writeStringField(f.getKey(), f.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }
}
