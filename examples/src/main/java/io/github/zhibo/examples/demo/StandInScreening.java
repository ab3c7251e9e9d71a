package io.github.zhibo.examples.demo;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * <b>Stand-in</b> for the blacklist module, for the demo only: exact match on any shared key among the
 * active entries; no fuzzy matching, no consortium sharing, no evidence records (the real module has all
 * three). Entry ids are {@code BL-1}, {@code BL-2}, … in listing order, so runs are reproducible.
 *
 * <p>Thread-safe (synchronized).
 */
public final class StandInScreening implements Screening {
  private final Map<String, Set<String>> active = new LinkedHashMap<>();
  private final Map<String, String> keyToEntry = new HashMap<>();
  private int next = 1;

  @Override
  public synchronized String list(PartyId subject, Set<String> matchKeys, LocalDate on) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(on, "on");
    if (matchKeys.isEmpty()) {
      throw new IllegalArgumentException("a listing needs at least one match key");
    }
    String id = "BL-" + next++;
    active.put(id, new TreeSet<>(matchKeys));
    matchKeys.forEach(k -> keyToEntry.put(k, id));
    return id;
  }

  @Override
  public synchronized void lift(String entryId, LocalDate on) {
    Set<String> keys = active.remove(entryId);
    if (keys != null) {
      keys.forEach(k -> keyToEntry.remove(k, entryId));
    }
  }

  @Override
  public synchronized Optional<String> screen(Set<String> matchKeys, LocalDate on) {
    return new TreeSet<>(matchKeys).stream().map(keyToEntry::get).filter(Objects::nonNull).findFirst();
  }

  @Override
  public synchronized String toString() {
    return "StandInScreening[" + active.size() + " active]";
  }
}
