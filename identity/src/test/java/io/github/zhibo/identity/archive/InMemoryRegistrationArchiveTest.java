package io.github.zhibo.identity.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.support.Fixtures;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InMemoryRegistrationArchiveTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

  private final EvidenceLedger ledger = Fixtures.ledger(Fixtures.clockAt(TODAY));

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private InMemoryRegistrationArchive archive(RegulationProfile profile) {
    return InMemoryRegistrationArchive.builder().profile(profile).ledger(ledger)
        .environment(Fixtures.environmentAt(TODAY)).validator(VALIDATION.getValidator()).build();
  }

  private static RegulationProfile profile(String id) {
    return id.equals("ORDER_117") ? Fixtures.ORDER_117 : Fixtures.DRAFT_2025;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void everyChangeIsSealedInTheLedgerWithoutPersonalValues(String id) {
    var archive = archive(profile(id));
    var op = Fixtures.organisation("op-1", LocalDate.of(2025, 3, 1));
    archive.register(op);
    archive.update(op.toBuilder().contact("13800000000").address("北京市东城区").build());
    archive.recordVerification(op.partyId(), new VerificationEntry(TODAY, "ORGANISATION", VerificationOutcome.MATCH, "req-1"));

    List<LedgerRecord> records = ledger.records();
    assertThat(records).extracting(r -> r.type().value())
        .containsExactly("ARCHIVE_REGISTERED", "ARCHIVE_UPDATED", "ARCHIVE_VERIFIED");
    assertThat(records).allSatisfy(r -> {
      assertThat(r.profile().value()).isEqualTo(id);
      assertThat(r.article().toString()).isEqualTo(id + " Art. 8(1)");
      assertThat(r.payload().values()).noneMatch(v -> v.contains("北京") || v.contains("138") || v.contains(Fixtures.USCC));
    });
    assertThat(records.get(1).payload()).containsEntry("changed", "address,contact");
    assertThat(records.get(2).payload()).containsEntry("outcome", "MATCH").containsEntry("channel", "ORGANISATION");
    assertThat(ledger.verify().isOk()).isTrue();
    assertThat(archive.find(op.partyId()).orElseThrow().lastVerifiedOn()).isEqualTo(TODAY);
    assertThat(archive.history(op.partyId())).hasSize(1);
  }

  @Test
  void aFailedVerificationIsHistoryButDoesNotMoveTheLastVerifiedDay() {
    var archive = archive(Fixtures.ORDER_117);
    var m = Fixtures.marketer("m-1", LocalDate.of(2025, 3, 1));
    archive.register(m);
    var after = archive.recordVerification(m.partyId(), new VerificationEntry(TODAY, "PERSON", VerificationOutcome.MISMATCH, "r"));
    assertThat(after.lastVerifiedOn()).isNull();
    assertThat(archive.history(m.partyId())).extracting(VerificationEntry::outcome).containsExactly(VerificationOutcome.MISMATCH);
    // ORDER_117 has no periodic marketer duty: the verification cites the registration article
    assertThat(ledger.records().get(1).article().toString()).isEqualTo("ORDER_117 Art. 8(1)");
  }

  @Test
  void incompleteRecordsAreRegisteredAndTheirGapsRecorded() {
    var order = archive(Fixtures.ORDER_117);
    var bare = Fixtures.marketer("m-1", LocalDate.of(2025, 3, 1)).toBuilder().occupation(null).build();
    order.register(bare);
    assertThat(ledger.records().get(0).payload())
        .containsEntry("complete", "false").containsEntry("missing", "OCCUPATION_OR_POSITION");
    assertThat(order.completeness().isComplete(bare)).isFalse();
  }

  @Test
  void duplicatesAndUnknownSubjectsAreTypedErrors() {
    var archive = archive(Fixtures.DRAFT_2025);
    var op = Fixtures.person("op-1", LocalDate.of(2025, 3, 1));
    archive.register(op);
    assertThatThrownBy(() -> archive.register(op)).isInstanceOfSatisfying(ArchiveException.class,
        e -> assertThat(e.code()).isEqualTo(ArchiveError.DUPLICATE_SUBJECT));
    assertThatThrownBy(() -> archive.update(Fixtures.person("op-2", LocalDate.of(2025, 3, 1))))
        .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ArchiveError.UNKNOWN_SUBJECT));
    assertThatThrownBy(() -> archive.recordVerification(PartyId.of("x"),
        new VerificationEntry(TODAY, "PERSON", VerificationOutcome.MATCH, "r")))
        .isInstanceOf(ArchiveException.class);
    assertThat(archive.size()).isEqualTo(1);
  }

  @Test
  void jakartaValidationRejectsOversizedFieldsWithoutEchoingThem() {
    var archive = archive(Fixtures.ORDER_117);
    String secret = "北京".repeat(300);
    var bad = Fixtures.person("op-1", LocalDate.of(2025, 3, 1)).toBuilder().address(secret).build();
    assertThatThrownBy(() -> archive.register(bad)).isInstanceOfSatisfying(ArchiveException.class, e -> {
      assertThat(e.code()).isEqualTo(ArchiveError.RECORD_INVALID);
      assertThat(e.getMessage()).contains("address").contains("Size").doesNotContain("北京");
    });
    assertThat(archive.size()).isZero();
    assertThat(ledger.records()).isEmpty();
  }

  @Test
  void forEachVisitsInRegistrationOrder() {
    var archive = archive(Fixtures.ORDER_117);
    for (String id : List.of("op-3", "op-1", "op-2")) {
      archive.register(Fixtures.organisation(id, LocalDate.of(2025, 3, 1)));
    }
    List<String> seen = new ArrayList<>();
    archive.forEach(r -> seen.add(r.subjectId()));
    assertThat(seen).containsExactly("op-3", "op-1", "op-2");
  }
}
