package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.Reverification;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * When a registered identity falls due for periodic re-verification (核验更新, Art. 8 ¶1), read from the
 * profile: which roles the duty covers (DRAFT_2025: operators and marketers; ORDER_117: operators) and the
 * interval (3 vs 6 months). The due day is the last successful verification — or registration when there was
 * none — plus the interval, month-end clamped (31 Aug + P6M = 28/29 Feb). A platform may shorten the interval
 * ({@link #withInterval}), never lengthen it. Immutable and thread-safe.
 */
public final class ReverificationPolicy {

  private final RegulationProfile profile;
  private final Period interval;

  private ReverificationPolicy(RegulationProfile profile, Period interval) {
    this.profile = profile;
    this.interval = interval;
  }

  /** The profile's own interval and subjects. */
  public static ReverificationPolicy of(RegulationProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return new ReverificationPolicy(profile, profile.reverification().interval());
  }

  /**
   * The same duty with a platform's shorter interval.
   *
   * @throws IllegalArgumentException if {@code shorter} is not positive or would fall due later than the
   *     profile's interval from some day
   */
  public ReverificationPolicy withInterval(Period shorter) {
    Objects.requireNonNull(shorter, "shorter");
    Period legal = profile.reverification().interval();
    if (shorter.isNegative() || shorter.isZero()) {
      throw new IllegalArgumentException("a re-verification interval must be positive");
    }
    // compare on every month end and mid-month of a leap year: periods of months and days have no total order
    for (int m = 1; m <= 12; m++) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(2024, m, 15), LocalDate.of(2024, m, 1).withDayOfMonth(
          LocalDate.of(2024, m, 1).lengthOfMonth())}) {
        if (d.plus(shorter).isAfter(d.plus(legal))) {
          throw new IllegalArgumentException("a platform may shorten the re-verification interval, not lengthen it");
        }
      }
    }
    return new ReverificationPolicy(profile, shorter);
  }

  /** The profile. */
  public RegulationProfile profile() {
    return profile;
  }

  /** The interval in use. */
  public Period interval() {
    return interval;
  }

  /** Whether the periodic duty covers {@code role} under this profile. */
  public boolean covers(ArchiveRole role) {
    Reverification r = profile.reverification();
    return r.covers(Objects.requireNonNull(role, "role").partyRole());
  }

  /** The next due day after a successful verification (or registration) on {@code anchor}. */
  public LocalDate nextDue(LocalDate anchor) {
    return Objects.requireNonNull(anchor, "anchor").plus(interval);
  }

  /** The day {@code record} falls due, or empty when the periodic duty does not cover its role. */
  public Optional<LocalDate> dueOn(RegistrationRecord record) {
    return covers(record.role()) ? Optional.of(nextDue(record.verificationAnchor())) : Optional.empty();
  }

  /** The record as a due item, if the duty covers it and it is due on or before {@code asOf}. */
  public Optional<DueItem> dueItem(RegistrationRecord record, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return dueOn(record)
        .filter(d -> !d.isAfter(asOf))
        .map(d -> new DueItem(record.partyId(), record.role(), d, article(record.role())));
  }

  /**
   * The article behind the duty for {@code role}: the obligation to re-verify operators or marketers, or the
   * re-verification rule's own source where the text names no separate obligation.
   */
  public ArticleRef article(ArchiveRole role) {
    Obligation o = role == ArchiveRole.MARKETER ? Obligation.REVERIFY_MARKETER : Obligation.REVERIFY_OPERATOR;
    return profile.article(o).orElse(profile.reverification().source());
  }
}
