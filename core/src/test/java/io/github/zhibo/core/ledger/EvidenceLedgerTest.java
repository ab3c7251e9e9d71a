package io.github.zhibo.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceLedgerTest {

  static final ArticleRef ART_8 = ArticleRef.of(LegalText.ORDER_117, 8, 1);

  static LedgerEntry entry(String subject, LocalDate retainUntil) {
    return new LedgerEntry(ProfileId.ORDER_117, ART_8, SubjectRef.of(subject), RecordType.of("IDENTITY_VERIFIED"),
        Map.of("channel", "PUBLIC_SECURITY", "result", "MATCH"), retainUntil);
  }

  /** A clock whose instant the test sets. */
  static final class SettableClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(LedgerFixtures.START);

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return LedgerFixtures.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void append_chainsRecords_withTimeFromTheClock() {
    var clock = new SettableClock();
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      var first = ledger.append(entry("acct:1", LocalDate.of(2029, 2, 1)));
      clock.now.set(LedgerFixtures.START.plusSeconds(60));
      var second = ledger.append(entry("acct:2", LocalDate.of(2029, 2, 1)));

      assertThat(first.sequence()).isEqualTo(1);
      assertThat(first.previousHash()).isEqualTo(LedgerRecord.GENESIS_HASH);
      assertThat(first.recordedAt()).isEqualTo(LedgerFixtures.START);
      assertThat(second.sequence()).isEqualTo(2);
      assertThat(second.previousHash()).isEqualTo(first.hash());
      assertThat(second.recordedAt()).isEqualTo(LedgerFixtures.START.plusSeconds(60));
      assertThat(first.hashMatches()).isTrue();
      assertThat(ledger.head()).contains(ChainHead.of(second));
      assertThat(ledger.records()).containsExactly(first, second);
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void emptyLedger_verifies_andHasNoHead() {
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(new SettableClock()).build()) {
      assertThat(ledger.head()).isEmpty();
      assertThat(ledger.verify()).isEqualTo(new VerificationResult(0, java.util.Optional.empty()));
    }
  }

  @Test
  void verify_detectsTruncationAgainstItsOwnHead() {
    var store = LedgerStore.inMemory();
    try (var ledger = EvidenceLedger.builder().store(store).clock(new SettableClock()).build()) {
      ledger.append(entry("acct:1", LocalDate.of(2029, 2, 1)));
      var anchor = ledger.head().orElseThrow();
      var empty = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(new SettableClock()).build();
      var result = empty.verify(anchor);
      assertThat(result.firstBreak()).hasValueSatisfying(b -> {
        assertThat(b.reason()).isEqualTo(BreakReason.TRUNCATED);
        assertThat(b.position()).isEqualTo(1);
      });
    }
  }

  @Test
  void verify_detectsARewrittenChainAgainstAnAnchor() {
    var clock = new SettableClock();
    ChainHead anchor;
    try (var original = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      original.append(entry("acct:1", LocalDate.of(2029, 2, 1)));
      anchor = original.head().orElseThrow();
    }
    // A consistent chain, recomputed from scratch with different content: only the anchor can tell.
    try (var rewritten = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      rewritten.append(entry("acct:9", LocalDate.of(2029, 2, 1)));
      assertThat(rewritten.verify().isOk()).isTrue();
      assertThat(rewritten.verify(anchor).firstBreak().map(ChainBreak::reason)).contains(BreakReason.ANCHOR_MISMATCH);
    }
  }

  @Test
  void append_rejectsRetentionAlreadyOver() {
    var clock = new SettableClock(); // 2026-02-01 09:00 in Shanghai
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      assertThatThrownBy(() -> ledger.append(entry("acct:1", LocalDate.of(2026, 1, 31))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ledger.append(entry("acct:1", LocalDate.of(2026, 2, 1))).sequence()).isEqualTo(1);
    }
  }

  @Test
  void retentionPassed_listsRecordsPastTheirDate_byTheClock() {
    var clock = new SettableClock();
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      var shortLived = ledger.append(entry("acct:1", LocalDate.of(2026, 3, 1)));
      ledger.append(entry("acct:2", LocalDate.of(2029, 2, 1)));
      assertThat(ledger.retentionPassed()).isEmpty();
      clock.now.set(Instant.parse("2026-03-01T15:59:59Z")); // 23:59:59 on 1 March in Shanghai: still kept
      assertThat(ledger.retentionPassed()).isEmpty();
      clock.now.set(Instant.parse("2026-03-01T16:00:00Z")); // 2 March in Shanghai
      assertThat(ledger.retentionPassed()).containsExactly(shortLived);
    }
  }

  @Test
  void builder_requiresStoreAndClock() {
    assertThatThrownBy(() -> EvidenceLedger.builder().clock(new SettableClock()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store");
    assertThatThrownBy(() -> EvidenceLedger.builder().store(LedgerStore.inMemory()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id:110105199003071234", "tel:13800138000", "110105199003071234", "acct 1", "Acct:1"})
  void subjectRef_rejectsRawIdentifiers(String raw) {
    assertThatThrownBy(() -> SubjectRef.of(raw)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(raw);
  }

  @Test
  void toString_showsNoPayloadValues() {
    try (var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(new SettableClock()).build()) {
      var r = ledger.append(new LedgerEntry(ProfileId.ORDER_117, ART_8, SubjectRef.of("acct:123456789"),
          RecordType.of("IDENTITY_VERIFIED"), Map.of("maskedId", "1101**********1234"), LocalDate.of(2029, 2, 1)));
      assertThat(r.toString()).contains("maskedId").doesNotContain("1101**").doesNotContain("123456789");
      assertThat(r.entry().toString()).doesNotContain("1101**");
    }
  }

  @Test
  void entry_validatesPayloadAndProfile() {
    assertThatThrownBy(() -> new LedgerEntry(ProfileId.DRAFT_2025, ART_8, SubjectRef.of("acct:1"),
        RecordType.of("X_Y"), Map.of(), LocalDate.of(2029, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LedgerEntry(ProfileId.ORDER_117, ART_8, SubjectRef.of("acct:1"),
        RecordType.of("X_Y"), Map.of("Bad Key", "v"), LocalDate.of(2029, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LedgerEntry(ProfileId.ORDER_117, ART_8, SubjectRef.of("acct:1"),
        RecordType.of("X_Y"), Map.of("k", "\ud800"), LocalDate.of(2029, 1, 1))).isInstanceOf(IllegalArgumentException.class);
  }
}
