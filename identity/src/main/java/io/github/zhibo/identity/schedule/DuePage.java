package io.github.zhibo.identity.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of due entries, in index order, and the cursor after its last entry.
 *
 * @param entries the entries, earliest due first
 * @param next the cursor to continue from; empty when the page is empty
 */
public record DuePage(List<DueEntry> entries, Optional<DueCursor> next) {

  /** Copies the list. */
  public DuePage {
    entries = List.copyOf(entries);
    Objects.requireNonNull(next, "next");
    if (entries.isEmpty() != next.isEmpty()) {
      throw new IllegalArgumentException("a page has a cursor exactly when it has entries");
    }
  }
}
