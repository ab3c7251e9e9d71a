package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a platform keeps the due set: one {@link DueEntry} per tracked subject, indexed by due day. A platform
 * implements it over its database with an index on {@code (dueOn, position)}, so that {@link #due} costs in
 * proportion to the entries it returns, not to the archive (a 10M-record archive on a 6-month cycle has about
 * 55k due a day). {@link InMemoryDueSetStore} is the reference implementation.
 *
 * <p>The scheduler's correctness after a crash rests on {@link #replace}: an entry changes only if it is
 * still what the caller read, so a verification applied twice (a retried run, two schedulers) counts once.
 * Implementations must be safe for concurrent use.
 */
public interface DueSetStore {

  /**
   * Adds the entry of {@code entry.subject()}, or replaces it. The entry is placed after every other entry of
   * its due day.
   */
  void put(DueEntry entry);

  /** The entry of {@code subject}, if tracked. */
  Optional<DueEntry> get(PartyId subject);

  /**
   * Replaces {@code expected} by {@code updated} if the subject's entry still equals {@code expected}. An entry
   * whose due day is unchanged keeps its position; one with a new due day goes after the others of that day.
   *
   * @return whether it was replaced
   * @throws IllegalArgumentException if the two entries are about different subjects
   */
  boolean replace(DueEntry expected, DueEntry updated);

  /** Stops tracking {@code subject} (it left the platform); returns whether it was tracked. */
  boolean remove(PartyId subject);

  /**
   * Up to {@code limit} entries due on or before {@code asOf}, in index order, strictly after {@code after}
   * (from the start when null).
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  DuePage due(LocalDate asOf, @Nullable DueCursor after, int limit);

  /** How many subjects are tracked. */
  long size();
}
