package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.identity.schedule.DueCursor;
import io.github.zhibo.identity.schedule.DueEntry;
import io.github.zhibo.identity.schedule.DuePage;
import io.github.zhibo.identity.schedule.DueSetStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link DueSetStore}: one entry per subject; {@code due} returns the entries due on or
 * before the day, earliest first and, within a day, in the order they were placed, paging strictly after the
 * cursor so a run never sees an entry twice or skips one; {@code replace} is a compare-and-set (a stale
 * expected entry changes nothing, so a verification applied twice counts once — also when two threads race);
 * an entry whose due day is unchanged keeps its place, one with a new day goes last in that day; removed
 * subjects are gone; concurrent puts lose nothing.
 *
 * <p>Extend it and implement {@link #newStore()}. Entries are drawn from a fixed {@link #seed()}.
 */
public abstract class DueSetStoreContract {

  /** For subclasses that supply the implementation under test. */
  protected DueSetStoreContract() {}

  private static final LocalDate BASE = LocalDate.of(2026, 3, 2);

  /** A new, empty store. */
  protected abstract DueSetStore newStore();

  /** The seed of the generated entries; override to explore others. */
  protected long seed() {
    return 20260302L;
  }

  /** {@code n} entries of distinct subjects, due on one of 20 days around 2026-03-02 (so days repeat). */
  protected final List<DueEntry> entries(int n) {
    SplittableRandom r = new SplittableRandom(seed());
    List<DueEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ArchiveRole role = ArchiveRole.values()[r.nextInt(ArchiveRole.values().length)];
      out.add(DueEntry.of(PartyId.of("subj-" + i), role, BASE.plusDays(r.nextInt(-10, 10))));
    }
    return out;
  }

  @Test
  void oneEntryPerSubject() {
    DueSetStore store = newStore();
    DueEntry e = entries(1).get(0);
    store.put(e);
    DueEntry moved = DueEntry.of(e.subject(), e.role(), e.dueOn().plusDays(3));
    store.put(moved);
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.get(e.subject())).contains(moved);
    assertThat(store.get(PartyId.of("unknown"))).isEmpty();
  }

  @Test
  void dueListsEntriesUpToTheDayEarliestFirstTiesInPlacementOrder() {
    DueSetStore store = newStore();
    List<DueEntry> entries = entries(200);
    entries.forEach(store::put);
    LocalDate asOf = BASE;
    List<DueEntry> expected = entries.stream().filter(e -> !e.dueOn().isAfter(asOf))
        .sorted(Comparator.comparing(DueEntry::dueOn)) // stable: ties keep placement order
        .toList();
    assertThat(allDue(store, asOf, 1_000_000)).containsExactlyElementsOf(expected);
  }

  @Test
  void pagingNeitherRepeatsNorSkips() {
    DueSetStore store = newStore();
    entries(157).forEach(store::put);
    List<DueEntry> oneGo = allDue(store, BASE.plusDays(30), 1_000_000);
    for (int limit : new int[] {1, 7, 50, 156, 157, 158}) {
      assertThat(allDue(store, BASE.plusDays(30), limit)).as("limit " + limit).containsExactlyElementsOf(oneGo);
    }
    assertThat(oneGo).hasSize(157);
  }

  @Test
  void anEmptyPageHasNoCursor() {
    DueSetStore store = newStore();
    DuePage page = store.due(BASE, null, 10);
    assertThat(page.entries()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void aLimitBelowOneIsRejected() {
    DueSetStore store = newStore();
    assertThatThrownBy(() -> store.due(BASE, null, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replaceIsACompareAndSet() {
    DueSetStore store = newStore();
    DueEntry e = entries(1).get(0);
    store.put(e);
    DueEntry failed = e.failed(VerificationOutcome.UNAVAILABLE, BASE);
    assertThat(store.replace(e, failed)).isTrue();
    assertThat(store.replace(e, failed)).as("a stale expected entry changes nothing").isFalse();
    assertThat(store.replace(e, e.verified(BASE.plusMonths(6)))).isFalse();
    assertThat(store.get(e.subject())).contains(failed);
    assertThat(store.replace(DueEntry.of(PartyId.of("unknown"), e.role(), BASE),
        DueEntry.of(PartyId.of("unknown"), e.role(), BASE.plusDays(1)))).isFalse();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void replaceKeepsTheSubject() {
    DueSetStore store = newStore();
    List<DueEntry> two = entries(2);
    store.put(two.get(0));
    assertThatThrownBy(() -> store.replace(two.get(0), two.get(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnchangedDueDayKeepsItsPlaceANewOneGoesLast() {
    DueSetStore store = newStore();
    DueEntry a = DueEntry.of(PartyId.of("a"), ArchiveRole.OPERATOR, BASE);
    DueEntry b = DueEntry.of(PartyId.of("b"), ArchiveRole.OPERATOR, BASE);
    DueEntry c = DueEntry.of(PartyId.of("c"), ArchiveRole.OPERATOR, BASE);
    DueEntry d = DueEntry.of(PartyId.of("d"), ArchiveRole.MARKETER, BASE.minusDays(1));
    List.of(a, b, c, d).forEach(store::put);
    DueEntry aFailed = a.failed(VerificationOutcome.NOT_FOUND, BASE);
    assertThat(store.replace(a, aFailed)).isTrue();
    assertThat(subjects(allDue(store, BASE, 100))).containsExactly("d", "a", "b", "c");
    DueEntry dMoved = new DueEntry(d.subject(), d.role(), BASE, 0, null, null, false);
    assertThat(store.replace(d, dMoved)).isTrue();
    assertThat(subjects(allDue(store, BASE, 100))).containsExactly("a", "b", "c", "d");
    store.put(b);
    assertThat(subjects(allDue(store, BASE, 100))).as("put goes after its day's entries").containsExactly("a", "c", "d", "b");
  }

  @Test
  void aRemovedSubjectIsGone() {
    DueSetStore store = newStore();
    List<DueEntry> entries = entries(10);
    entries.forEach(store::put);
    PartyId gone = entries.get(3).subject();
    assertThat(store.remove(gone)).isTrue();
    assertThat(store.remove(gone)).isFalse();
    assertThat(store.get(gone)).isEmpty();
    assertThat(store.size()).isEqualTo(9);
    assertThat(allDue(store, BASE.plusDays(30), 100)).extracting(DueEntry::subject).doesNotContain(gone);
  }

  @Test
  void racingReplacesOfOneEntrySucceedOnce() throws InterruptedException {
    DueSetStore store = newStore();
    DueEntry e = entries(1).get(0);
    store.put(e);
    List<Boolean> results = Concurrently.run(8, t -> store.replace(e, e.verified(e.dueOn().plusMonths(6))));
    assertThat(results).containsOnlyOnce(true);
  }

  @Test
  void concurrentPutsLoseNothing() throws InterruptedException {
    DueSetStore store = newStore();
    List<DueEntry> entries = entries(800);
    int threads = 4;
    Concurrently.run(threads, t -> {
      for (int i = t; i < entries.size(); i += threads) {
        store.put(entries.get(i));
      }
      return null;
    });
    assertThat(store.size()).isEqualTo(entries.size());
    assertThat(allDue(store, BASE.plusDays(30), 64)).containsExactlyInAnyOrderElementsOf(entries);
  }

  /** Every entry due by {@code asOf}, paging with {@code limit}. */
  protected static List<DueEntry> allDue(DueSetStore store, LocalDate asOf, int limit) {
    List<DueEntry> out = new ArrayList<>();
    @Nullable DueCursor after = null;
    while (true) {
      DuePage page = store.due(asOf, after, limit);
      assertThat(page.entries().size()).isLessThanOrEqualTo(limit);
      if (page.entries().isEmpty()) {
        return out;
      }
      out.addAll(page.entries());
      after = page.next().orElseThrow();
    }
  }

  private static List<String> subjects(List<DueEntry> entries) {
    return entries.stream().map(e -> e.subject().value()).toList();
  }
}
