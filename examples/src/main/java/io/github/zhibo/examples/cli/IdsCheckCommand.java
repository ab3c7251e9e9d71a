package io.github.zhibo.examples.cli;

import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo ids check [--lenient]}: reads {@code KIND<TAB>VALUE} lines from stdin and writes one verdict
 * line per input line. Streams: memory use does not grow with the input.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads lines KIND<TAB>VALUE from stdin; prints VALID, VALID<TAB>WARNINGS or INVALID<TAB>ERROR_CODE per line.",
      "KIND is one of RESIDENT_ID, RESIDENT_ID_15, HMT_PERMIT, FOREIGN_PERMANENT_RESIDENT_ID, USCC, MOBILE."
    })
final class IdsCheckCommand implements Runnable {

  private static final long PROGRESS_EVERY = 250_000;
  private static final String KINDS =
      Arrays.stream(IdKind.values()).map(Enum::name).collect(Collectors.joining(", "));

  private final CliIo io;
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(
      names = "--lenient",
      description = "Normalise first (NFKC, strip spaces and hyphens) and report what changed as warnings.")
  private boolean lenient;

  IdsCheckCommand(CliIo io, PrintWriter out, PrintWriter err) {
    this.io = io;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    ParsePolicy policy = lenient ? ParsePolicy.lenient(io.clock()) : ParsePolicy.defaults(io.clock());
    var output = new Output(out);
    long count = 0;
    try (LineSource in = LineSource.of(io.in())) {
      for (String line = in.next(); line != null; line = in.next()) {
        output.println(verdict(line, in, policy));
        if (++count % PROGRESS_EVERY == 0) {
          err.println("ids check: " + count + " lines");
        }
      }
    }
    output.finish();
  }

  private static String verdict(String line, LineSource in, ParsePolicy policy) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw in.error("missing TAB between KIND and VALUE");
    }
    return format(kind(line.substring(0, tab), in).tryParse(line.substring(tab + 1), policy));
  }

  private static IdKind kind(String name, LineSource in) {
    try {
      return IdKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      // the offending text is not echoed: swapped columns would put an identifier here
      throw in.error("unknown KIND (expected one of " + KINDS + ")");
    }
  }

  private static String format(ParseResult<?> result) {
    if (result instanceof ParseResult.Err<?> error) {
      return "INVALID\t" + error.error().code().name();
    }
    List<IdWarning> warnings = ((ParseResult.Ok<?>) result).warnings();
    return warnings.isEmpty()
        ? "VALID"
        : "VALID\t" + warnings.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
