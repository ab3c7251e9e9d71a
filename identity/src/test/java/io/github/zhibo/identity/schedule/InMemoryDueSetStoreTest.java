package io.github.zhibo.identity.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.VerificationOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InMemoryDueSetStoreTest {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  private static DueEntry entry(String id, LocalDate due) {
    return DueEntry.of(PartyId.of(id), ArchiveRole.OPERATOR, due);
  }

  @Test
  void returnsWhatIsDueEarliestFirstTiesInInsertionOrder() {
    var store = new InMemoryDueSetStore();
    store.put(entry("c", BASE.plusDays(2)));
    store.put(entry("a", BASE));
    store.put(entry("b", BASE.plusDays(2)));
    store.put(entry("late", BASE.plusDays(10)));
    DuePage page = store.due(BASE.plusDays(5), null, 10);
    assertThat(page.entries()).extracting(e -> e.subject().value()).containsExactly("a", "c", "b");
  }

  /** Seeded: paging through the index with cursors yields exactly a sort of the due entries, nothing twice. */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026})
  void pagingEqualsAStableSortOfADueFilter(long seed) {
    var random = new Random(seed);
    var store = new InMemoryDueSetStore();
    List<DueEntry> all = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      DueEntry e = entry("s" + i, BASE.plusDays(random.nextInt(60)));
      all.add(e);
      store.put(e);
    }
    LocalDate asOf = BASE.plusDays(30);
    List<DueEntry> expected = all.stream().filter(e -> !e.dueOn().isAfter(asOf))
        .sorted(Comparator.comparing(DueEntry::dueOn)).toList();
    List<DueEntry> paged = new ArrayList<>();
    DueCursor cursor = null;
    int limit = 1 + random.nextInt(50);
    while (true) {
      DuePage page = store.due(asOf, cursor, limit);
      if (page.entries().isEmpty()) break;
      assertThat(page.entries().size()).isLessThanOrEqualTo(limit);
      paged.addAll(page.entries());
      cursor = page.next().orElseThrow();
    }
    assertThat(paged).as("seed %d", seed).containsExactlyElementsOf(expected);
  }

  @Test
  void replaceIsCompareAndSet() {
    var store = new InMemoryDueSetStore();
    DueEntry e = entry("a", BASE);
    store.put(e);
    DueEntry failed = e.failed(VerificationOutcome.UNAVAILABLE, BASE);
    assertThat(store.replace(e, failed)).isTrue();
    assertThat(store.replace(e, e.verified(BASE.plusMonths(6)))).as("stale expectation").isFalse();
    assertThat(store.get(e.subject())).contains(failed);
    assertThat(store.replace(failed, failed.verified(BASE.plusMonths(6)))).isTrue();
    assertThat(store.due(BASE, null, 10).entries()).isEmpty();
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.remove(e.subject())).isTrue();
    assertThat(store.size()).isZero();
  }

  @Test
  void aFailureKeepsItsPlaceSoACursorDoesNotSeeItAgain() {
    var store = new InMemoryDueSetStore();
    DueEntry a = entry("a", BASE);
    store.put(a);
    store.put(entry("b", BASE));
    DuePage first = store.due(BASE, null, 1);
    assertThat(store.replace(a, a.failed(VerificationOutcome.MISMATCH, BASE))).isTrue();
    DuePage second = store.due(BASE, first.next().orElseThrow(), 10);
    assertThat(second.entries()).extracting(e -> e.subject().value()).containsExactly("b");
  }
}
