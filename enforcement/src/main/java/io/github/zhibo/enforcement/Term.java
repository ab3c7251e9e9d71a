package io.github.zhibo.enforcement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a measure lasts: from its first day to its last day inclusive, or open-ended (an account closure,
 * or a measure lifted only by a verified update). A warning is a one-day term.
 *
 * @param startsOn the first day in force
 * @param endsOn the last day in force, or empty for open-ended
 */
public record Term(LocalDate startsOn, Optional<LocalDate> endsOn) {

  /** Validates the parts; the end may not precede the start. */
  public Term {
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    endsOn.ifPresent(e -> {
      if (e.isBefore(startsOn)) throw new IllegalArgumentException("a term cannot end before it starts");
    });
  }

  /** A fixed term, both days included. */
  public static Term of(LocalDate startsOn, LocalDate endsOn) {
    return new Term(startsOn, Optional.of(endsOn));
  }

  /** An open-ended term. */
  public static Term openEnded(LocalDate startsOn) {
    return new Term(startsOn, Optional.empty());
  }

  /** Whether the term has a last day. */
  public boolean isFixed() {
    return endsOn.isPresent();
  }

  /** Whether {@code day} falls within the term. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && endsOn.map(e -> !day.isAfter(e)).orElse(true);
  }
}
