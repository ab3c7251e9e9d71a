package io.github.zhibo.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the platform's e-learning system recorded about one sitting of a module: when it started and
 * finished, and how the identity checks during it (face match, 网号/网证 confirmation) went. The integrity
 * detector reads these; no biometric data is held, only counts.
 *
 * @param module the module sat
 * @param startedAt when the sitting started
 * @param finishedAt when it finished (not before {@code startedAt})
 * @param identityChecks how many identity checks were made during the sitting
 * @param identityMismatches how many of them did not match the registered marketer
 */
public record TrainingSession(ModuleId module, Instant startedAt, Instant finishedAt, int identityChecks,
    int identityMismatches) {

  /** Validates the parts. */
  public TrainingSession {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("a sitting cannot finish before it starts");
    }
    if (identityChecks < 0 || identityMismatches < 0 || identityMismatches > identityChecks) {
      throw new IllegalArgumentException("identity checks: 0 <= mismatches <= checks");
    }
  }

  /** How long the sitting took. */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** Whether this sitting and {@code other} overlap in time (one person cannot sit two at once). */
  public boolean overlaps(TrainingSession other) {
    return startedAt.isBefore(other.finishedAt) && other.startedAt.isBefore(finishedAt);
  }
}
