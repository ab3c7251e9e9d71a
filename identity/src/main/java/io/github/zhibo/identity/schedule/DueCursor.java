package io.github.zhibo.identity.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A position in a due-set index: entries sort by due day, then by the store's insertion position (so ties
 * keep the order the entries were added in). A run pages through the index with it and never sees an entry
 * twice.
 *
 * @param dueOn the due day of the last entry returned
 * @param position the store's position of that entry within its day
 */
public record DueCursor(LocalDate dueOn, long position) implements Comparable<DueCursor> {

  /** Validates the parts. */
  public DueCursor {
    Objects.requireNonNull(dueOn, "dueOn");
  }

  @Override
  public int compareTo(DueCursor o) {
    int c = dueOn.compareTo(o.dueOn);
    return c != 0 ? c : Long.compare(position, o.position);
  }
}
