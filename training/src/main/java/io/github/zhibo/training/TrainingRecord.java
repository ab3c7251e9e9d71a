package io.github.zhibo.training;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform knows about one marketer's training (DESIGN.md §5.5): the day of the first live, if
 * any; every completed attempt, passed or failed; and the integrity flags raised. Holds no personal data
 * beyond the platform's opaque party id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param marketer the platform's id of the marketer
 * @param firstLiveOn the day of the marketer's first live on this platform, empty if there was none
 * @param completions every completed attempt, in any order
 * @param flags every integrity flag, resolved or not
 */
public record TrainingRecord(PartyId marketer, Optional<LocalDate> firstLiveOn, List<Completion> completions,
    List<RaisedFlag> flags) {

  /** Validates the parts. */
  public TrainingRecord {
    Objects.requireNonNull(marketer, "marketer");
    Objects.requireNonNull(firstLiveOn, "firstLiveOn");
    completions = List.copyOf(completions);
    flags = List.copyOf(flags);
  }

  /** A marketer with no training and no live: what the gate assumes when a platform has no record. */
  public static TrainingRecord none(PartyId marketer) {
    return new TrainingRecord(marketer, Optional.empty(), List.of(), List.of());
  }

  /**
   * Whether the marketer had gone live by {@code asOf}. A first-live day after {@code asOf} (a live that
   * is scheduled, or a record read as of an earlier day) does not count: the marketer is still new.
   */
  public boolean hadGoneLiveBy(LocalDate asOf) {
    return firstLiveOn.map(d -> !d.isAfter(asOf)).orElse(false);
  }

  /** A copy with {@code flag} added. */
  public TrainingRecord withFlag(RaisedFlag flag) {
    var all = new ArrayList<>(flags);
    all.add(Objects.requireNonNull(flag, "flag"));
    return new TrainingRecord(marketer, firstLiveOn, completions, all);
  }

  @Override
  public String toString() {
    return "TrainingRecord[" + marketer + ", firstLiveOn=" + firstLiveOn.map(LocalDate::toString).orElse("none")
        + ", " + completions.size() + " completions, " + flags.size() + " flags]";
  }
}
