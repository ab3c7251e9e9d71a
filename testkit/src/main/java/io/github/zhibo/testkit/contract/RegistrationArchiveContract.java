package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveError;
import io.github.zhibo.identity.archive.ArchiveException;
import io.github.zhibo.identity.archive.RegistrationArchive;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.archive.VerificationEntry;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.testkit.wire.RegistrationGen;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link RegistrationArchive}: a registered record is found as registered; a second
 * registration of a subject fails with {@code DUPLICATE_SUBJECT} and changes nothing; updates and
 * verifications of an unknown subject fail with {@code UNKNOWN_SUBJECT}; a {@code MATCH} moves
 * {@code lastVerifiedOn} forward and never backwards, other outcomes leave it; the history keeps every
 * verification, oldest first; {@code forEach} visits every record in registration order (an update keeps a
 * record's place); and concurrent registrations lose no record.
 *
 * <p>Extend it and implement {@link #newArchive(Clock)}. Records come from {@link RegistrationGen} with a
 * fixed seed ({@link #seed()}), so a failure is reproducible.
 */
public abstract class RegistrationArchiveContract {

  /** For subclasses that supply the implementation under test. */
  protected RegistrationArchiveContract() {}

  /** The fixed clock the contract runs on. */
  protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

  /** A new, empty archive whose ledger and environment use {@code clock}. */
  protected abstract RegistrationArchive newArchive(Clock clock);

  /** The seed of the generated records; override to explore others. */
  protected long seed() {
    return 20260302L;
  }

  /** {@code n} records with distinct subject ids. */
  protected final List<RegistrationRecord> records(int n) {
    Map<String, RegistrationRecord> bySubject = new LinkedHashMap<>();
    SplittableRandom random = new SplittableRandom(seed());
    var gen = RegistrationGen.on(CLOCK).records();
    while (bySubject.size() < n) {
      RegistrationRecord r = gen.generate(random);
      bySubject.putIfAbsent(r.subjectId(), r);
    }
    return new ArrayList<>(bySubject.values());
  }

  @Test
  void aRegisteredRecordIsFoundAsRegistered() {
    RegistrationArchive archive = newArchive(CLOCK);
    List<RegistrationRecord> records = records(50);
    records.forEach(archive::register);
    assertThat(archive.size()).isEqualTo(50);
    for (RegistrationRecord r : records) {
      assertThat(archive.find(r.partyId())).contains(r);
      assertThat(archive.history(r.partyId())).isEmpty();
    }
    assertThat(archive.find(PartyId.of("never-registered"))).isEmpty();
    assertThat(archive.history(PartyId.of("never-registered"))).isEmpty();
  }

  @Test
  void aSecondRegistrationOfASubjectFailsAndChangesNothing() {
    RegistrationArchive archive = newArchive(CLOCK);
    RegistrationRecord first = records(1).get(0);
    archive.register(first);
    RegistrationRecord again = first.toBuilder().name("另一个名字").build();
    assertThatThrownBy(() -> archive.register(again))
        .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ArchiveError.DUPLICATE_SUBJECT));
    assertThat(archive.find(first.partyId())).contains(first);
    assertThat(archive.size()).isEqualTo(1);
  }

  @Test
  void anUnknownSubjectCannotBeUpdatedOrVerified() {
    RegistrationArchive archive = newArchive(CLOCK);
    RegistrationRecord r = records(1).get(0);
    assertThatThrownBy(() -> archive.update(r))
        .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ArchiveError.UNKNOWN_SUBJECT));
    assertThatThrownBy(() -> archive.recordVerification(r.partyId(), match(LocalDate.of(2026, 3, 1))))
        .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ArchiveError.UNKNOWN_SUBJECT));
    assertThat(archive.size()).isZero();
  }

  @Test
  void anUpdateReplacesTheRecordAndKeepsItsPlace() {
    RegistrationArchive archive = newArchive(CLOCK);
    List<RegistrationRecord> records = records(5);
    records.forEach(archive::register);
    RegistrationRecord changed = records.get(2).toBuilder().address("浙江省杭州市文化路1号").build();
    archive.update(changed);
    assertThat(archive.find(changed.partyId())).contains(changed);
    List<String> order = new ArrayList<>();
    archive.forEach(r -> order.add(r.subjectId()));
    assertThat(order).containsExactlyElementsOf(records.stream().map(RegistrationRecord::subjectId).toList());
    assertThat(archive.size()).isEqualTo(5);
  }

  @Test
  void aMatchMovesTheLastVerificationForwardNeverBackwards() {
    RegistrationArchive archive = newArchive(CLOCK);
    RegistrationRecord r = records(1).get(0).toBuilder().lastVerifiedOn(null).build();
    archive.register(r);
    LocalDate later = r.registeredOn().plusDays(30);
    LocalDate earlier = r.registeredOn().plusDays(10);
    assertThat(archive.recordVerification(r.partyId(), match(later)).lastVerifiedOn()).isEqualTo(later);
    assertThat(archive.recordVerification(r.partyId(), match(earlier)).lastVerifiedOn()).isEqualTo(later);
    assertThat(archive.find(r.partyId()).orElseThrow().lastVerifiedOn()).isEqualTo(later);
  }

  @Test
  void anUndecidedOrFailedVerificationLeavesTheLastVerification() {
    RegistrationArchive archive = newArchive(CLOCK);
    RegistrationRecord r = records(1).get(0).toBuilder().lastVerifiedOn(null).build();
    archive.register(r);
    for (VerificationOutcome o : VerificationOutcome.values()) {
      if (o != VerificationOutcome.MATCH) {
        var after = archive.recordVerification(r.partyId(), new VerificationEntry(r.registeredOn().plusDays(5), "PERSON", o, "req-" + o));
        assertThat(after.lastVerifiedOn()).as(o.name()).isNull();
      }
    }
  }

  @Test
  void theHistoryKeepsEveryVerificationOldestFirst() {
    RegistrationArchive archive = newArchive(CLOCK);
    RegistrationRecord r = records(1).get(0);
    archive.register(r);
    List<VerificationEntry> entries = new ArrayList<>();
    VerificationOutcome[] outcomes = VerificationOutcome.values();
    for (int i = 0; i < 12; i++) {
      VerificationEntry e = new VerificationEntry(r.registeredOn().plusDays(i), "PERSON", outcomes[i % outcomes.length], "req-" + i);
      entries.add(e);
      archive.recordVerification(r.partyId(), e);
    }
    assertThat(archive.history(r.partyId())).containsExactlyElementsOf(entries);
  }

  @Test
  void forEachVisitsEveryRecordInRegistrationOrder() {
    RegistrationArchive archive = newArchive(CLOCK);
    List<RegistrationRecord> records = records(100);
    records.forEach(archive::register);
    List<RegistrationRecord> seen = new ArrayList<>();
    archive.forEach(seen::add);
    assertThat(seen).containsExactlyElementsOf(records);
  }

  @Test
  void concurrentRegistrationsLoseNoRecord() throws InterruptedException {
    RegistrationArchive archive = newArchive(CLOCK);
    List<RegistrationRecord> records = records(400);
    int threads = 4;
    Concurrently.run(threads, t -> {
      for (int i = t; i < records.size(); i += threads) {
        archive.register(records.get(i));
        archive.recordVerification(records.get(i).partyId(), match(records.get(i).registeredOn()));
      }
      return null;
    });
    assertThat(archive.size()).isEqualTo(records.size());
    for (RegistrationRecord r : records) {
      assertThat(archive.find(r.partyId())).isPresent();
      assertThat(archive.history(r.partyId())).hasSize(1);
    }
  }

  private static VerificationEntry match(LocalDate on) {
    return new VerificationEntry(on, "PERSON", VerificationOutcome.MATCH, "req-" + on);
  }
}
