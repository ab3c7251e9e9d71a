package io.github.zhibo.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An integrity flag on a marketer's record, with why and when it was raised and, once a person has
 * resolved it (e.g. the training was retaken under supervision), when. A flag blocks live service from the
 * day it is raised (or always, when that day is unknown) until the day before it is resolved.
 *
 * @param flag what was found
 * @param reason a vocabulary code saying why ({@code IDENTITY_MISMATCH}, {@code IMPOSSIBLE_DURATION},
 *     {@code DECLINED}, {@code REPORTED}…); never free text, since it reaches findings
 * @param raisedOn the day it was raised, if known
 * @param resolvedOn the day it was resolved, if it was
 */
public record RaisedFlag(IntegrityFlag flag, String reason, Optional<LocalDate> raisedOn, Optional<LocalDate> resolvedOn) {
  private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Validates the parts. */
  public RaisedFlag {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raisedOn, "raisedOn");
    Objects.requireNonNull(resolvedOn, "resolvedOn");
    if (!REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("a flag reason is an upper-snake code of 1-64 characters");
    }
    if (raisedOn.isPresent() && resolvedOn.isPresent() && resolvedOn.get().isBefore(raisedOn.get())) {
      throw new IllegalArgumentException("a flag cannot be resolved before it was raised");
    }
  }

  /** A flag of unknown date that is not resolved (as the {@code training check} input states flags). */
  public static RaisedFlag active(IntegrityFlag flag) {
    return new RaisedFlag(flag, "REPORTED", Optional.empty(), Optional.empty());
  }

  /** A flag raised on {@code day} for {@code reason}, not resolved. */
  public static RaisedFlag raised(IntegrityFlag flag, String reason, LocalDate day) {
    return new RaisedFlag(flag, reason, Optional.of(day), Optional.empty());
  }

  /** This flag resolved on {@code day}. */
  public RaisedFlag resolve(LocalDate day) {
    return new RaisedFlag(flag, reason, raisedOn, Optional.of(day));
  }

  /** Whether the flag blocks live service on {@code day}. */
  public boolean activeOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    boolean raised = raisedOn.map(r -> !r.isAfter(day)).orElse(true);
    boolean resolved = resolvedOn.map(r -> !r.isAfter(day)).orElse(false);
    return raised && !resolved;
  }
}
