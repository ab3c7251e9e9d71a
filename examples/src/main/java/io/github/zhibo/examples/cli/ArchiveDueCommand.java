package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.schedule.DueItem;
import io.github.zhibo.identity.schedule.ReverificationPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo archive due --archive F --as-of DATE [--profile P]}: one JSON line per record whose periodic
 * re-verification falls due on or before DATE, earliest due first, ties in input order (DESIGN.md 5.4).
 * Memory grows with the records due, not with the archive; identity data is never printed.
 */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = {
      "Reads registration records (JSON lines) and prints, earliest due first, each record whose periodic",
      "re-verification falls due on or before --as-of: subjectId, role, dueOn, overdueDays, article."
    })
final class ArchiveDueCommand implements Runnable {

  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--archive", required = true, paramLabel = "F", description = "Registration records, JSON lines.")
  private String archive;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "ISO date the due set is computed for.")
  private String asOf;

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025.")
  private String profile;

  ArchiveDueCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** A due record and its input position, for the stable order. */
  private record Due(DueItem item, long position) {}

  @Override
  public void run() {
    LocalDate day = Arguments.isoDate("--as-of", asOf);
    RegulationProfile p = ArchiveInput.profile(profile);
    ReverificationPolicy policy = ReverificationPolicy.of(p);
    List<Due> due = new ArrayList<>();
    long[] position = {0};
    ArchiveInput.forEach(ArchiveInput.path("--archive", archive), err, "archive due", record -> {
      policy.dueItem(record, day).ifPresent(item -> due.add(new Due(item, position[0])));
      position[0]++;
    });
    due.sort(Comparator.comparing((Due d) -> d.item().dueOn()).thenComparingLong(Due::position));
    var output = new Output(out);
    for (Due d : due) {
      output.println(line(d.item(), day));
    }
    output.finish();
  }

  private static String line(DueItem item, LocalDate day) {
    var s = new StringWriter(128);
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("subjectId", item.subject().value());
      g.writeStringField("role", item.role().name());
      g.writeStringField("dueOn", item.dueOn().toString());
      g.writeNumberField("overdueDays", item.overdueDays(day));
      g.writeStringField("article", item.article().toString());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }
}
