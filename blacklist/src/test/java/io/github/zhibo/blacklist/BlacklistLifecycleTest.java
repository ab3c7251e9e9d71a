package io.github.zhibo.blacklist;

import static io.github.zhibo.blacklist.Fixtures.person;
import static io.github.zhibo.blacklist.Fixtures.rid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.party.PartyRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle under both profiles: listing, notice, report, appeal, expiry, ledger hygiene. */
class BlacklistLifecycleTest {

  static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.of("DRAFT_2025"));
  static final String RID = rid("19900307", 123);

  /** A clock tests can move. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-06-01T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovableClock clock = new MovableClock();
  final List<ComplianceEvent> events = new ArrayList<>();
  final Environment env = Environment.of(clock).withListener(events::add);

  Blacklist blacklist(RegulationProfile profile) {
    return Blacklist.builder().profile(profile).environment(env).build();
  }

  static ListingRequest request(PartyRole role, LocalDate lastDay, String appealRoute) {
    var subject = person("BL000001", "张伟", RID).phones(List.of("13800138000")).build();
    return new ListingRequest(subject, role, "2026-05 直播中虚假宣传，经核实", "情节严重", "平台规则第12条",
        "DEC-2026-0001", lastDay, appealRoute, Set.of(Measure.REREGISTRATION_BAN));
  }

  @Test
  void order117NoticeStatesFactsReasonsBasisTermAndAppealRoute() {
    Blacklist bl = blacklist(ORDER);
    ListingResult r = bl.list(request(PartyRole.MARKETER, LocalDate.of(2027, 5, 31), "平台申诉中心，15日内"));
    ListingNotice n = r.notice().orElseThrow();
    assertThat(n.facts()).isNotBlank();
    assertThat(n.reasons()).isEqualTo("情节严重");
    assertThat(n.legalBasis()).isEqualTo("平台规则第12条");
    assertThat(n.lastDay()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(n.appealRoute()).isEqualTo("平台申诉中心，15日内");
    assertThat(n.article()).isEqualTo(ORDER.requireArticle(io.github.zhibo.core.regulation.Obligation.BLACKLIST_NOTICE));
    assertThat(r.entry().status()).isEqualTo(EntryStatus.LISTED);
  }

  @Test
  void order117RequiresATermAndAnAppealRoute() {
    Blacklist bl = blacklist(ORDER);
    assertThatThrownBy(() -> bl.list(request(PartyRole.MARKETER, null, "申诉中心"))).isInstanceOf(BlacklistException.class)
        .hasMessageContaining("term");
    assertThatThrownBy(() -> bl.list(request(PartyRole.MARKETER, LocalDate.of(2027, 1, 1), null)))
        .isInstanceOf(BlacklistException.class).hasMessageContaining("appeal");
  }

  @Test
  void draftNeedsNoTermOrNoticeButReportsToTheProvincialRegulator() {
    Blacklist bl = blacklist(DRAFT);
    ListingResult r = bl.list(request(PartyRole.LIVE_ROOM_OPERATOR, null, null));
    assertThat(r.notice()).isEmpty();
    RegulatorReport report = r.report().orElseThrow();
    assertThat(report.recipients()).isEqualTo(DRAFT.reportingFor(Measure.BLACKLIST).recipients());
    assertThat(report.recipients()).anyMatch(rc -> rc.toString().contains("SAMR"));
    assertThat(report.decisionRef()).isEqualTo("DEC-2026-0001");
  }

  @Test
  void agenciesCanBeListedUnderOrder117Only() {
    assertThat(ORDER.blacklist().subjects()).contains(PartyRole.MARKETER_AGENCY);
    assertThat(blacklist(ORDER).list(request(PartyRole.MARKETER_AGENCY, LocalDate.of(2027, 1, 1), "申诉中心")).entry()
        .isListed()).isTrue();
    assertThatThrownBy(() -> blacklist(DRAFT).list(request(PartyRole.MARKETER_AGENCY, null, null)))
        .isInstanceOf(BlacklistException.class).hasMessageContaining("MARKETER_AGENCY");
  }

  @Test
  void anEntryExpiresByTheClockAndItsMeasuresAreLifted() {
    Blacklist bl = blacklist(ORDER);
    bl.list(request(PartyRole.MARKETER, LocalDate.of(2026, 6, 30), "申诉中心"));
    ScreeningRecord comeback = person("Q", "張偉", RID.toLowerCase()).build();
    assertThat(bl.screen(comeback, ScreeningOccasion.REGISTRATION).verdict()).isEqualTo(Verdict.BLOCK);

    clock.now = clock.now.plus(Duration.ofDays(30)); // 2026-07-01, the day after the term
    assertThat(bl.screen(comeback, ScreeningOccasion.PRE_LIVE).verdict()).as("never listed past its term")
        .isEqualTo(Verdict.CLEAR);
    List<BlacklistEntry> removed = bl.expireDue();
    assertThat(removed).extracting(BlacklistEntry::status).containsExactly(EntryStatus.EXPIRED);
    assertThat(events).filteredOn(e -> e instanceof ComplianceEvent.MeasureTaken m
            && m.action() == ComplianceEvent.MeasureAction.LIFTED)
        .extracting(e -> ((ComplianceEvent.MeasureTaken) e).measure())
        .containsExactlyInAnyOrder(Measure.BLACKLIST, Measure.REREGISTRATION_BAN);
    assertThat(bl.expireDue()).isEmpty();
  }

  @Test
  void anAppealIsReviewedAndAnOverturnRemovesTheEntry() {
    Blacklist bl = blacklist(ORDER);
    bl.list(request(PartyRole.MARKETER, LocalDate.of(2027, 5, 31), "申诉中心"));
    assertThat(bl.appeal("BL000001").status()).isEqualTo(EntryStatus.UNDER_APPEAL);
    ScreeningRecord q = person("Q", "x", RID).build();
    assertThat(bl.screen(q, ScreeningOccasion.REGISTRATION).verdict()).as("screened while under appeal")
        .isEqualTo(Verdict.BLOCK);
    assertThat(bl.decideAppeal("BL000001", AppealOutcome.OVERTURNED, "REV-7").status())
        .isEqualTo(EntryStatus.OVERTURNED);
    assertThat(bl.screen(q, ScreeningOccasion.ACCOUNT_MIGRATION).verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void anUpheldAppealKeepsTheEntry() {
    Blacklist bl = blacklist(ORDER);
    bl.list(request(PartyRole.MARKETER, LocalDate.of(2027, 5, 31), "申诉中心"));
    bl.appeal("BL000001");
    assertThat(bl.decideAppeal("BL000001", AppealOutcome.UPHELD, "REV-8").status()).isEqualTo(EntryStatus.LISTED);
    assertThatThrownBy(() -> bl.decideAppeal("BL000001", AppealOutcome.UPHELD, "REV-9"))
        .isInstanceOf(BlacklistException.class);
  }

  @Test
  void theDraftHasNoAppealReview() {
    Blacklist bl = blacklist(DRAFT);
    bl.list(request(PartyRole.MARKETER, null, null));
    assertThatThrownBy(() -> bl.appeal("BL000001")).isInstanceOf(BlacklistException.class)
        .hasMessageContaining("appeal");
  }

  @Test
  void everyChangeAndDecisionIsInTheLedgerWithoutRawIdentifiers() {
    for (RegulationProfile profile : List.of(ORDER, DRAFT)) {
      Blacklist bl = blacklist(profile);
      boolean order = profile == ORDER;
      bl.list(request(PartyRole.MARKETER, order ? LocalDate.of(2027, 5, 31) : null, order ? "申诉中心" : null));
      bl.screen(person("acct-user-42", "王五", rid("19920101", 8)).phones(List.of("+86 13800138000")).build(),
          ScreeningOccasion.AGENCY_ONBOARDING);
      List<LedgerRecord> records = bl.ledger().records();
      assertThat(records).extracting(rec -> rec.type().value()).contains("BLACKLIST_LISTED", "BLACKLIST_REPORT_DUE",
          "BLACKLIST_SCREENING");
      if (order) assertThat(records).extracting(rec -> rec.type().value()).contains("BLACKLIST_NOTICE_ISSUED");
      String all = records.toString() + records.stream().map(rec -> rec.payload().toString()).toList()
          + records.stream().map(rec -> rec.subject().value()).toList();
      assertThat(all).doesNotContain(RID, "13800138000", "张伟", "王五", "acct-user-42");
      LedgerRecord screening = records.stream().filter(rec -> rec.type().value().equals("BLACKLIST_SCREENING"))
          .findFirst().orElseThrow();
      assertThat(screening.payload()).containsEntry("decision", "REVIEW").containsEntry("hits", "BL000001")
          .containsEntry("evidence", "PHONE").containsEntry("occasion", "AGENCY_ONBOARDING");
      assertThat(bl.ledger().verify().isOk()).isTrue();
    }
  }

  @Test
  void aBatchIsListedAndPublishedOnce() {
    Blacklist bl = blacklist(ORDER);
    BlacklistIndex before = bl.index();
    List<ListingRequest> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      batch.add(new ListingRequest(person("B" + i, "人" + i, rid("19800101", i)).build(), PartyRole.MARKETER, "f", "r",
          "b", "DEC-" + i, LocalDate.of(2027, 1, 1), "申诉中心", Set.of()));
    }
    assertThat(bl.listAll(batch)).hasSize(50);
    assertThat(bl.index()).isNotSameAs(before);
    assertThat(bl.index().size()).isEqualTo(50);
    assertThat(bl.screen(person("Q", "x", rid("19800101", 7)).build(), ScreeningOccasion.REGISTRATION).hits())
        .extracting(Hit::entryId).containsExactly("B7");
  }

  @Test
  void screeningNeverWaitsForAChange() throws Exception {
    Blacklist bl = blacklist(ORDER);
    bl.list(request(PartyRole.MARKETER, LocalDate.of(2027, 5, 31), "申诉中心"));
    BlacklistIndex before = bl.index();
    var other = new ListingRequest(person("BL000002", "李四", rid("19700101", 5)).build(), PartyRole.MARKETER, "f", "r",
        "b", "DEC-2", LocalDate.of(2027, 1, 1), "申诉中心", Set.of());
    bl.list(other);
    assertThat(bl.index()).isNotSameAs(before);
    assertThat(before.size()).isEqualTo(1);
    assertThat(bl.index().size()).isEqualTo(2);
  }
}
