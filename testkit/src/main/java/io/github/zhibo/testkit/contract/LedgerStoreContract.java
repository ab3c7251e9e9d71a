package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link LedgerStore}: it persists what it is given, in order; it hands records back
 * exactly as stored (tampered ones too — verifying is the ledger's job); {@code scan} stops when the visitor
 * says so; {@code last} is the newest record; and a scan or {@code last} running concurrently with appends
 * sees a prefix of the records, never a partial one; a persistent store, opened again, hands back what it
 * held and its last record, so the chain continues (see {@link #reopenLast()}).
 *
 * <p>Extend it and implement {@link #newStore()}; each test closes the store it asked for once (through the
 * ledger when it uses one).
 */
public abstract class LedgerStoreContract {

  /** For subclasses that supply the implementation under test. */
  protected LedgerStoreContract() {}

  /** How many records the ordering tests append. */
  protected static final int RECORDS = 200;

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
  private final RegulationProfile profile = RegulationProfiles.defaultProfile();

  /** A new, empty store. */
  protected abstract LedgerStore newStore();

  /**
   * For a persistent store: the store most recently made by {@link #newStore()}, opened again from its
   * storage after it was closed. The default, empty, skips the persistence test (an in-memory store).
   */
  protected Optional<LedgerStore> reopenLast() {
    return Optional.empty();
  }

  @Test
  void anEmptyStoreHasNoRecords() {
    try (LedgerStore store = newStore()) {
      List<LedgerRecord> seen = new ArrayList<>();
      store.scan(seen::add);
      assertThat(seen).isEmpty();
      assertThat(store.last()).isEmpty();
    }
  }

  @Test
  void recordsComeBackInAppendOrderAndTheChainVerifies() {
    LedgerStore store = newStore();
    try (EvidenceLedger ledger = ledger(store)) {
      List<LedgerRecord> appended = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        appended.add(ledger.append(entry(i)));
      }
      List<LedgerRecord> scanned = new ArrayList<>();
      store.scan(scanned::add);
      assertThat(scanned).containsExactlyElementsOf(appended);
      assertThat(store.last()).contains(appended.get(RECORDS - 1));
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void scanStopsWhenTheVisitorSaysSo() {
    LedgerStore store = newStore();
    try (EvidenceLedger ledger = ledger(store)) {
      for (int i = 0; i < 10; i++) {
        ledger.append(entry(i));
      }
      List<LedgerRecord> seen = new ArrayList<>();
      store.scan(r -> {
        seen.add(r);
        return seen.size() < 3;
      });
      assertThat(seen).extracting(LedgerRecord::sequence).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void aTamperedRecordIsHandedBackExactlyAsStored() {
    try (LedgerStore store = newStore()) {
      LedgerRecord forged = new LedgerRecord(1, clock.instant(), profile.id(), article(), SubjectRef.of("op:1"),
          RecordType.of("TESTKIT_FORGED"), Map.of("k", "v"), LocalDate.of(2030, 1, 1), LedgerRecord.GENESIS_HASH,
          "f".repeat(64));
      store.append(forged);
      List<LedgerRecord> seen = new ArrayList<>();
      store.scan(seen::add);
      assertThat(seen).containsExactly(forged);
      assertThat(seen.get(0).hashMatches()).isFalse();
      assertThat(store.last()).contains(forged);
    }
  }

  @Test
  void aReopenedStoreHandsBackItsRecordsAndTheChainContinues() {
    List<LedgerRecord> appended = new ArrayList<>();
    LedgerStore store = newStore();
    try (EvidenceLedger ledger = ledger(store)) {
      for (int i = 0; i < 20; i++) {
        appended.add(ledger.append(entry(i)));
      }
    }
    Optional<LedgerStore> reopened = reopenLast();
    Assumptions.assumeTrue(reopened.isPresent(), "not a persistent store");
    try (EvidenceLedger ledger = ledger(reopened.get())) {
      assertThat(reopened.get().last()).as("last is read back from storage").contains(appended.get(19));
      List<LedgerRecord> scanned = new ArrayList<>();
      reopened.get().scan(scanned::add);
      assertThat(scanned).containsExactlyElementsOf(appended);
      assertThat(ledger.append(entry(20)).sequence()).isEqualTo(21);
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void concurrentReadersSeeAPrefixOfTheRecords() throws InterruptedException {
    LedgerStore store = newStore();
    try (EvidenceLedger ledger = ledger(store)) {
      List<List<LedgerRecord>> observed = Concurrently.run(3, thread -> {
        List<LedgerRecord> snapshots = new ArrayList<>();
        if (thread == 0) {
          for (int i = 0; i < RECORDS; i++) {
            ledger.append(entry(i));
          }
          return snapshots;
        }
        for (int round = 0; round < 50; round++) {
          List<LedgerRecord> seen = new ArrayList<>();
          store.scan(seen::add);
          for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i).sequence()).as("a scan sees a gap-free prefix").isEqualTo(i + 1L);
          }
          Optional<LedgerRecord> last = store.last();
          last.ifPresent(snapshots::add);
          snapshots.addAll(seen);
        }
        return snapshots;
      });
      List<LedgerRecord> all = new ArrayList<>();
      store.scan(all::add);
      assertThat(all).hasSize(RECORDS);
      for (List<LedgerRecord> snapshots : observed) {
        for (LedgerRecord r : snapshots) {
          assertThat(r).as("never a partial record").isEqualTo(all.get((int) r.sequence() - 1));
        }
      }
    }
  }

  private EvidenceLedger ledger(LedgerStore store) {
    return EvidenceLedger.builder().store(store).clock(clock).build();
  }

  private LedgerEntry entry(int i) {
    return new LedgerEntry(profile.id(), article(), SubjectRef.of("op:" + i), RecordType.of("TESTKIT_ENTRY"),
        Map.of("n", Integer.toString(i)), LocalDate.of(2030, 1, 1));
  }

  private io.github.zhibo.core.regulation.ArticleRef article() {
    return profile.requireArticle(Obligation.IDENTITY_REGISTRATION);
  }
}
