package io.github.zhibo.examples.demo;

import io.github.zhibo.core.regulation.ProfileId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One run of the demo.
 *
 * @param profile the regulation profile
 * @param seed the seed: the same seed gives the same run, byte for byte
 * @param scale how big the platform is
 * @param out the directory for the reports, the ledger and {@code report.html}; created if missing
 * @param year the simulated year; its days must be in the working-day calendar
 */
public record DemoConfig(ProfileId profile, long seed, Scale scale, Path out, int year) {
  /** The year the demo simulates by default: the last one the bundled calendar covers. */
  public static final int DEFAULT_YEAR = 2026;

  /** Validates the parts. */
  public DemoConfig {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(out, "out");
    if (year < 2024 || year > 2100) {
      throw new IllegalArgumentException("year out of range");
    }
  }

  /** The first simulated day. */
  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  /** The last simulated day. */
  public LocalDate lastDay() {
    return LocalDate.of(year, 12, 31);
  }
}
