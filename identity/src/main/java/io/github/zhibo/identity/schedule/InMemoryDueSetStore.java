package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link DueSetStore}: a sorted index on {@code (dueOn, position)} beside a map by subject.
 * {@link #due} walks the index from the cursor and stops at the first entry due after {@code asOf}, so it
 * costs O(log n + returned). Thread-safe: one lock guards both maps. Memory grows with the subjects tracked.
 */
public final class InMemoryDueSetStore implements DueSetStore {

  private final Object lock = new Object();
  private final NavigableMap<DueCursor, DueEntry> index = new TreeMap<>();
  private final Map<PartyId, DueCursor> bySubject = new HashMap<>();
  private long nextPosition;

  /** An empty store. */
  public InMemoryDueSetStore() {}

  @Override
  public void put(DueEntry entry) {
    Objects.requireNonNull(entry, "entry");
    synchronized (lock) {
      DueCursor old = bySubject.remove(entry.subject());
      if (old != null) {
        index.remove(old);
      }
      place(entry);
    }
  }

  @Override
  public Optional<DueEntry> get(PartyId subject) {
    Objects.requireNonNull(subject, "subject");
    synchronized (lock) {
      DueCursor at = bySubject.get(subject);
      return at == null ? Optional.empty() : Optional.of(index.get(at));
    }
  }

  @Override
  public boolean replace(DueEntry expected, DueEntry updated) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(updated, "updated");
    if (!expected.subject().equals(updated.subject())) {
      throw new IllegalArgumentException("replace keeps the subject");
    }
    synchronized (lock) {
      DueCursor at = bySubject.get(expected.subject());
      if (at == null || !index.get(at).equals(expected)) {
        return false;
      }
      if (updated.dueOn().equals(expected.dueOn())) {
        index.put(at, updated);
      } else {
        index.remove(at);
        place(updated);
      }
      return true;
    }
  }

  @Override
  public boolean remove(PartyId subject) {
    Objects.requireNonNull(subject, "subject");
    synchronized (lock) {
      DueCursor at = bySubject.remove(subject);
      if (at == null) {
        return false;
      }
      index.remove(at);
      return true;
    }
  }

  @Override
  public DuePage due(LocalDate asOf, @Nullable DueCursor after, int limit) {
    Objects.requireNonNull(asOf, "asOf");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1");
    }
    synchronized (lock) {
      NavigableMap<DueCursor, DueEntry> tail = after == null ? index : index.tailMap(after, false);
      List<DueEntry> out = new ArrayList<>(Math.min(limit, 1024));
      DueCursor last = null;
      for (var e : tail.entrySet()) {
        if (e.getKey().dueOn().isAfter(asOf) || out.size() == limit) {
          break;
        }
        out.add(e.getValue());
        last = e.getKey();
      }
      return new DuePage(out, Optional.ofNullable(last));
    }
  }

  @Override
  public long size() {
    synchronized (lock) {
      return bySubject.size();
    }
  }

  private void place(DueEntry entry) {
    DueCursor at = new DueCursor(entry.dueOn(), nextPosition++);
    index.put(at, entry);
    bySubject.put(entry.subject(), at);
  }
}
