package io.github.zhibo.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.training.ModuleId;
import io.github.zhibo.training.TrainingAssessment;
import io.github.zhibo.training.TrainingGate;
import io.github.zhibo.training.TrainingParameters;
import io.github.zhibo.training.TrainingYear;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo training check --records F --as-of DATE [--profile P] [--year calendar|rolling]}
 * (DESIGN.md §5.5): one decision line per input record, in input order. The gate is
 * {@link TrainingGate} under the chosen profile as of DATE (the day, in China's zone); see there for the
 * rules, and {@link TrainingRecordLine} for the input. Streams: memory does not grow with the input.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads training records (JSON lines) from --records and prints one decision per marketer, in input order:",
      "{\"marketerId\",\"decision\":\"ALLOW|DENY|REVIEW\",\"findings\":[{\"rule\",\"article\",\"severity\",\"missing\"}]}."
    })
final class TrainingCheckCommand implements Runnable {

  private static final long PROGRESS_EVERY = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--records", required = true, paramLabel = "F", description = "JSON lines of training records")
  private String records = "";

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the day to decide for (ISO date)")
  private String asOf = "";

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025")
  private String profile = "";

  @Option(names = "--year", paramLabel = "calendar|rolling",
      description = "training year: rolling (default, the twelve months up to DATE) or calendar (DATE's year)")
  private String year = "rolling";

  /** Collected rather than rejected by picocli, whose message would echo them (one may be an ID number). */
  @CommandLine.Unmatched
  private List<String> unmatched = new ArrayList<>();

  TrainingCheckCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    if (!unmatched.isEmpty()) {
      throw new BadInputException("training check: " + unmatched.size() + " unexpected argument(s) (see --help)");
    }
    LocalDate day = Arguments.isoDate("--as-of", asOf);
    RegulationProfile regulation = profile(profile);
    TrainingYear trainingYear = year(year);
    Clock clock = Clock.fixed(day.atTime(12, 0).atZone(ChinaZone.ZONE).toInstant(), ChinaZone.ZONE);
    var context = new CheckContext(regulation, Environment.of(clock),
        PlatformParameters.defaults().with("cli", TrainingParameters.TRAINING_YEAR, trainingYear));
    TrainingGate gate = TrainingGate.builder().environment(Environment.of(clock)).build();
    var output = new Output(out);
    long count = 0;
    try (LineSource in = LineSource.open(path(records), "--records")) {
      for (String line = in.next(); line != null; line = in.next()) {
        TrainingRecordLine input = TrainingRecordLine.parse(line, in);
        output.println(render(input.marketerId(), gate.assess(input.record(), context)));
        if (++count % PROGRESS_EVERY == 0) {
          err.println("training check: " + count + " records");
        }
      }
    }
    output.finish();
  }

  private static String render(String marketerId, TrainingAssessment a) {
    ObjectNode line = JSON.createObjectNode();
    line.put("marketerId", marketerId);
    line.put("decision", a.decision().outcome().name());
    ArrayNode findings = line.putArray("findings");
    for (Finding f : a.decision().findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.rule());
      o.put("article", f.article().map(Object::toString).orElse(null));
      o.put("severity", f.severity().name());
      ArrayNode missing = o.putArray("missing");
      for (ModuleId m : a.missingFor(f.rule())) {
        missing.add(m.value());
      }
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new BadInputException("--records: not a file path");
    }
  }

  static RegulationProfile profile(String value) {
    if (value.isEmpty()) {
      return RegulationProfiles.defaultProfile();
    }
    try {
      return RegulationProfiles.get(ProfileId.of(value.strip().toUpperCase(Locale.ROOT)));
    } catch (RuntimeException e) {
      throw new BadInputException("--profile: unknown profile (expected one of "
          + RegulationProfiles.bundled().stream().map(ProfileId::value).sorted().toList() + ")");
    }
  }

  private static TrainingYear year(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "rolling" -> TrainingYear.ROLLING;
      case "calendar" -> TrainingYear.CALENDAR;
      default -> throw new BadInputException("--year: expected calendar or rolling");
    };
  }
}
