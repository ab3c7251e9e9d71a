package io.github.zhibo.examples.cli;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.examples.demo.DemoConfig;
import io.github.zhibo.examples.demo.DemoResult;
import io.github.zhibo.examples.demo.DemoRunner;
import io.github.zhibo.examples.demo.Scale;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhibo demo [--profile P] [--seed N] [--scale small|medium] [--out DIR]}: one simulated year of a
 * platform (see {@link DemoRunner}). The summary goes to stdout, one progress line a month to stderr, the
 * files under DIR ({@value #DEFAULT_OUT} in the working directory by default). Exit 0 when the run completed
 * and its ledger verified, 1 when the ledger did not verify or a file could not be written, 2 on bad usage.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates one platform's year (2026), deterministically for a seed.",
      "",
      "Onboarding, re-verification, training, the go-live gate, tiering, page checks, measures, blacklisting, "
          + "re-entry screening, change reports and the January/July identity reports, day by day on a simulated "
          + "clock. Prints a summary; writes the reports (CSV), the evidence ledger (ledger.jsonl, verified at "
          + "the end) and report.html under --out."
    })
final class DemoCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "zhibo-demo-out";
  private static final long MAX_SEED = Long.MAX_VALUE;

  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--profile", paramLabel = "P", description = "ORDER_117 (default) or DRAFT_2025")
  private String profile = "ORDER_117";

  @Option(names = "--seed", paramLabel = "N", description = "non-negative seed (default 1); same seed, same run")
  private String seed = "1";

  @Option(names = "--scale", paramLabel = "small|medium", description = "small (default, seconds) or medium (10x)")
  private String scale = "small";

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default ./" + DEFAULT_OUT + ")")
  private String outDir = DEFAULT_OUT;

  @CommandLine.Unmatched
  private List<String> unmatched = new ArrayList<>();

  DemoCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (!unmatched.isEmpty()) {
      throw new BadInputException("demo: " + unmatched.size() + " unexpected argument(s) (see --help)");
    }
    ProfileId id = switch (profile) {
      case "ORDER_117" -> ProfileId.ORDER_117;
      case "DRAFT_2025" -> ProfileId.DRAFT_2025;
      default -> throw new BadInputException("--profile: must be ORDER_117 or DRAFT_2025");
    };
    if (seed.isEmpty() || seed.length() > 19 || !seed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadInputException("--seed: not a non-negative integer in ASCII digits");
    }
    long n;
    try {
      n = Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new BadInputException("--seed: too large (at most " + MAX_SEED + ")");
    }
    Scale s = switch (scale.toLowerCase(Locale.ROOT)) {
      case "small" -> Scale.SMALL;
      case "medium" -> Scale.MEDIUM;
      default -> throw new BadInputException("--scale: must be small or medium");
    };
    Path dir;
    try {
      dir = Path.of(outDir);
    } catch (InvalidPathException e) {
      throw new BadInputException("--out: not a usable path");
    }
    DemoResult result;
    try {
      result = DemoRunner.run(new DemoConfig(id, n, s, dir, DemoConfig.DEFAULT_YEAR), line -> err.println(line));
    } catch (IOException | UncheckedIOException e) {
      // the path is the user's own argument, but the exception text may carry more: name only the kind
      err.println("zhibo: demo: could not write under --out (" + e.getClass().getSimpleName() + ")");
      return 1;
    }
    var o = new Output(out);
    result.summary().lines().forEach(o::println);
    o.println("");
    o.println("Output directory: " + dir.toAbsolutePath().normalize());
    o.println("Open report.html there in a browser (it needs no network).");
    o.finish();
    if (!result.ledgerVerified()) {
      err.println("zhibo: demo: the evidence ledger did not verify");
      return 1;
    }
    return 0;
  }
}
