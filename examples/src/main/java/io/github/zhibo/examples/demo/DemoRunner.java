package io.github.zhibo.examples.demo;

import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.examples.demo.internal.DemoEngine;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the demo: one simulated year of a platform under a profile, on a clock the engine advances day by
 * day (nothing sleeps), deterministic for a seed. Writes under {@link DemoConfig#out()}: {@code ledger.jsonl}
 * (the evidence ledger, core's JSON-lines store, verified after the run), {@code reports/} (the identity
 * reports of the report months, one CSV per section and a {@code report.xlsx}, written by the identity
 * module's report writer, and {@code measure-reports.csv}), {@code summary.txt} and {@code report.html} (self-contained, inline SVG charts,
 * no network requests). Files of an earlier run with these names are replaced; nothing else is touched.
 *
 * <p>Not thread-safe: one run at a time per output directory.
 */
public final class DemoRunner {
  private DemoRunner() {}

  /** Runs {@code config} with the real modules ({@link DemoServices#modules}); {@code progress} gets one line a month. */
  public static DemoResult run(DemoConfig config, Consumer<String> progress) throws IOException {
    Objects.requireNonNull(config, "config");
    PlatformParameters parameters = PlatformParameters.defaults();
    return run(config, DemoServices.modules(RegulationProfiles.get(config.profile()), config.seed(), parameters), parameters, progress);
  }

  /** Runs {@code config} with the given services and platform parameters. */
  public static DemoResult run(DemoConfig config, DemoServices services, PlatformParameters parameters,
      Consumer<String> progress) throws IOException {
    return DemoEngine.run(config, services, parameters, progress);
  }
}
