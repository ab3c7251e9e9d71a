package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * How often the platform must re-verify the identity it registered (核验更新).
 *
 * @param interval the longest allowed gap between two verifications, e.g. {@code P6M}
 * @param subjects whose identity is re-verified
 * @param source the article that sets the interval
 */
public record Reverification(Period interval, Set<PartyRole> subjects, ArticleRef source) {

  public Reverification {
    Objects.requireNonNull(interval, "interval");
    subjects = Set.copyOf(subjects);
    Objects.requireNonNull(source, "source");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("re-verification interval must be positive: " + interval);
    }
  }

  /**
   * The day a re-verification falls due after the last successful one on {@code lastVerified}: that day
   * plus the interval, month-end clamped (31 Aug + P6M = 28/29 Feb), as Civil Code Art. 202 counts months.
   */
  public java.time.LocalDate nextDue(java.time.LocalDate lastVerified) {
    return Objects.requireNonNull(lastVerified, "lastVerified").plus(interval);
  }

  /** Whether the periodic duty covers parties of {@code role}. */
  public boolean covers(PartyRole role) {
    return subjects.contains(Objects.requireNonNull(role, "role"));
  }
}
