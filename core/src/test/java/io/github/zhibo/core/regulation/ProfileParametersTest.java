package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.BlacklistRules.Feature;
import io.github.zhibo.core.party.PartyField;
import io.github.zhibo.core.party.PartyRole;
import java.time.Month;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins every parameter to the article it comes from, per profile. */
class ProfileParametersTest {

  private static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  private static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  private static ArticleRef o(String s) {
    return ArticleRef.parse("ORDER_117 Art. " + s);
  }

  private static ArticleRef d(String s) {
    return ArticleRef.parse("DRAFT_2025 Art. " + s);
  }

  @Test
  void defaultProfile_isOrder117_andCached() {
    assertThat(RegulationProfiles.defaultProfile()).isSameAs(ORDER);
    assertThat(ORDER.id()).isEqualTo(ProfileId.ORDER_117);
    assertThat(ORDER.text()).isEqualTo(LegalText.ORDER_117);
    assertThat(ORDER.basedOn()).isEmpty();
    assertThat(ORDER.version()).isNotBlank();
    assertThat(DRAFT.text()).isEqualTo(LegalText.DRAFT_2025);
  }

  @Test
  void reverification_threeMonthsInDraftArt8_sixMonthsInOrder117Art8Para1() {
    assertThat(DRAFT.reverificationInterval()).isEqualTo(Period.ofMonths(3));
    assertThat(DRAFT.reverification().source()).isEqualTo(d("8(1)"));
    assertThat(DRAFT.reverification().subjects()).containsExactlyInAnyOrder(PartyRole.LIVE_ROOM_OPERATOR, PartyRole.MARKETER);

    assertThat(ORDER.reverificationInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(ORDER.reverification().source()).isEqualTo(o("8(1)"));
    assertThat(ORDER.reverification().subjects()).containsExactly(PartyRole.LIVE_ROOM_OPERATOR);
  }

  @Test
  void changeReport_threeWorkingDaysInBoth() {
    assertThat(DRAFT.changeReport()).isEqualTo(
        new WorkingDayDeadline(3, WorkingDayDeadline.Start.INFORMATION_CHANGED, true, d("22(3)")));
    assertThat(ORDER.changeReport()).isEqualTo(
        new WorkingDayDeadline(3, WorkingDayDeadline.Start.INFORMATION_CHANGED, true, o("25(3)")));
  }

  @Test
  void platformChangeCheck_sevenWorkingDaysInOrder117Art15Only() {
    assertThat(ORDER.platformChangeCheck()).contains(
        new WorkingDayDeadline(7, WorkingDayDeadline.Start.CHANGE_REPORT_RECEIVED, false, o("15")));
    assertThat(DRAFT.platformChangeCheck()).isEmpty();
  }

  @Test
  void unreachablePartyReminder_fiveWorkingDays_draftArt15_order117Art22() {
    assertThat(DRAFT.unreachablePartyReminder()).isEqualTo(
        new WorkingDayDeadline(5, WorkingDayDeadline.Start.REGULATOR_NOTICE_RECEIVED, true, d("15(1)")));
    assertThat(ORDER.unreachablePartyReminder()).isEqualTo(
        new WorkingDayDeadline(5, WorkingDayDeadline.Start.REGULATOR_NOTICE_RECEIVED, true, o("22(2)")));
  }

  @Test
  void liveVideo_draftCountsFromEndOfLive_order117FromTransactionCompletion() {
    assertRetention(DRAFT, RetainedRecord.LIVE_VIDEO, RetentionAnchor.END_OF_LIVE, d("19(1)"), true, PartyRole.PLATFORM);
    assertRetention(ORDER, RetainedRecord.LIVE_VIDEO, RetentionAnchor.TRANSACTION_COMPLETION, o("16"), true, PartyRole.PLATFORM);
    assertRetention(ORDER, RetainedRecord.TRANSACTION_INFO, RetentionAnchor.TRANSACTION_COMPLETION, o("16"), true, PartyRole.PLATFORM);
    assertThat(DRAFT.retention(RetainedRecord.TRANSACTION_INFO)).isEmpty();
  }

  @Test
  void recordRetention_order117StatesEndOfLive_draftStatesNoAnchor_andTheHolderMovesBetweenTexts() {
    assertRetention(ORDER, RetainedRecord.SELLER_VERIFICATION, RetentionAnchor.END_OF_LIVE, o("27"), true, PartyRole.LIVE_ROOM_OPERATOR);
    assertRetention(ORDER, RetainedRecord.MARKETER_VERIFICATION, RetentionAnchor.END_OF_LIVE, o("28(1)"), true, PartyRole.LIVE_ROOM_OPERATOR);
    assertRetention(ORDER, RetainedRecord.CORRECTION, RetentionAnchor.END_OF_LIVE, o("31(1)"), true, PartyRole.LIVE_ROOM_OPERATOR);
    assertRetention(ORDER, RetainedRecord.AGENCY_SELECTION_REVIEW, RetentionAnchor.END_OF_LIVE, o("45"), true, PartyRole.MARKETER_AGENCY);
    assertRetention(DRAFT, RetainedRecord.SELLER_VERIFICATION, RetentionAnchor.END_OF_LIVE, d("24"), false, PartyRole.LIVE_ROOM_OPERATOR);
    assertRetention(DRAFT, RetainedRecord.MARKETER_VERIFICATION, RetentionAnchor.END_OF_LIVE, d("25"), false, PartyRole.LIVE_ROOM_OPERATOR);
    assertRetention(DRAFT, RetainedRecord.AGENCY_SELECTION_REVIEW, RetentionAnchor.END_OF_LIVE, d("33"), false, PartyRole.MARKETER_AGENCY);
    assertRetention(DRAFT, RetainedRecord.CORRECTION, RetentionAnchor.END_OF_LIVE, d("35"), false, PartyRole.MARKETER_AGENCY);
    // What is kept differs: the draft's agency keeps its selection review, Order 117's its seller verification.
    assertThat(DRAFT.retention(RetainedRecord.AGENCY_SELECTION_REVIEW).orElseThrow().kept()).contains("选品审核");
    assertThat(ORDER.retention(RetainedRecord.AGENCY_SELECTION_REVIEW).orElseThrow().kept()).contains("核验");
  }

  private static void assertRetention(RegulationProfile p, RetainedRecord r, RetentionAnchor anchor, ArticleRef source,
      boolean stated, PartyRole holder) {
    Retention actual = p.retention(r).orElseThrow();
    assertThat(actual).as("%s %s", p.id(), r)
        .isEqualTo(new Retention(r, Period.ofYears(3), anchor, stated, source, holder, actual.kept()));
    assertThat(actual.kept()).isNotBlank();
  }

  @Test
  void buyerReplay_thirtyDaysInDraftArt19_absentInOrder117() {
    assertThat(DRAFT.buyerReplay()).contains(new ReplayWindow(Period.ofDays(30), RetentionAnchor.END_OF_LIVE, d("19(2)")));
    assertThat(ORDER.buyerReplay()).isEmpty();
  }

  @Test
  void identityReport_januaryAndJuly_categoriesPerText() {
    for (RegulationProfile p : new RegulationProfile[] {ORDER, DRAFT}) {
      assertThat(p.reportMonths()).containsExactlyInAnyOrder(Month.JANUARY, Month.JULY);
      assertThat(p.identityReport().source()).isEqualTo(p.ref(9));
      assertThat(p.identityReport().recipient()).isEqualTo(new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR));
    }
    assertThat(ORDER.reportSchemaId()).isNotEqualTo(DRAFT.reportSchemaId());

    assertThat(DRAFT.identityReport().categories()).extracting(ReportCategory::section).containsExactly(
        ReportSection.REGISTERED_OPERATORS, ReportSection.UNREGISTERED_OPERATORS, ReportSection.MARKETERS, ReportSection.SELLERS);
    assertThat(DRAFT.identityReport().category(ReportSection.SELLERS).orElseThrow().source()).isEqualTo(d("9(1)4"));
    assertThat(ORDER.identityReport().categories()).extracting(ReportCategory::section).containsExactly(
        ReportSection.REGISTERED_OPERATORS, ReportSection.UNREGISTERED_OPERATORS, ReportSection.MARKETERS);

    var orderMarketer = ORDER.identityReport().category(ReportSection.MARKETERS).orElseThrow();
    assertThat(orderMarketer.source()).isEqualTo(o("9(1)3"));
    assertThat(orderMarketer.fields()).contains(PartyField.PROFESSIONAL_QUALIFICATION, PartyField.OCCUPATION_OR_POSITION,
        PartyField.HABITUAL_RESIDENCE);
    assertThat(DRAFT.identityReport().category(ReportSection.MARKETERS).orElseThrow().fields())
        .doesNotContain(PartyField.PROFESSIONAL_QUALIFICATION, PartyField.OCCUPATION_OR_POSITION);
  }

  @Test
  void disposalMeasures_exactlyAsEachTextListsThem() {
    assertThat(DRAFT.measures()).containsExactly(Measure.WARNING, Measure.FUNCTION_LIMIT,
        Measure.TEMPORARY_SUSPENSION, Measure.ACCOUNT_CLOSURE, Measure.REREGISTRATION_BAN, Measure.BLACKLIST);
    assertThat(DRAFT.disposalMeasures().source()).isEqualTo(d("7(1)"));
    assertThat(DRAFT.disposalMeasures().termsZh()).containsEntry(Measure.TEMPORARY_SUSPENSION, "临时停播")
        .containsEntry(Measure.ACCOUNT_CLOSURE, "注销账号");

    assertThat(ORDER.measures()).containsExactly(Measure.WARNING, Measure.FUNCTION_LIMIT, Measure.TRAFFIC_LIMIT,
        Measure.PAUSE_LIVE, Measure.FIXED_TERM_SUSPENSION, Measure.ACCOUNT_CLOSURE, Measure.REREGISTRATION_BAN,
        Measure.BLACKLIST);
    assertThat(ORDER.disposalMeasures().source()).isEqualTo(o("12(1)"));
    assertThat(ORDER.disposalMeasures().termsZh()).containsEntry(Measure.FIXED_TERM_SUSPENSION, "限期停播")
        .containsEntry(Measure.ACCOUNT_CLOSURE, "关闭账号");
  }

  @Test
  void liveInterventions_draftArt12_order117Art13() {
    assertThat(DRAFT.liveInterventions().measures())
        .containsExactly(Measure.POPUP_PROMPT, Measure.WARNING, Measure.TRAFFIC_LIMIT, Measure.PAUSE_LIVE);
    assertThat(DRAFT.liveInterventions().source()).isEqualTo(d("12"));
    assertThat(ORDER.liveInterventions().measures())
        .containsExactly(Measure.WARNING, Measure.TRAFFIC_LIMIT, Measure.PAUSE_LIVE);
    assertThat(ORDER.liveInterventions().source()).isEqualTo(o("13"));
  }

  @Test
  void reporting_order117_everyMeasureToCounty_heavyOnesAlsoToProvince() {
    var county = Set.of(new Recipient(RegulatorLevel.COUNTY_OR_ABOVE, Authority.SAMR),
        new Recipient(RegulatorLevel.COUNTY_OR_ABOVE, Authority.CAC));
    var province = Set.of(new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR),
        new Recipient(RegulatorLevel.PROVINCIAL, Authority.CAC));
    for (Measure m : ORDER.measures()) {
      var rule = ORDER.reportingFor(m);
      assertThat(rule.source()).isEqualTo(o("12(3)"));
      assertThat(rule.recipients()).as("%s", m).containsAll(county);
      boolean heavy = Set.of(Measure.ACCOUNT_CLOSURE, Measure.REREGISTRATION_BAN, Measure.BLACKLIST).contains(m);
      assertThat(rule.recipients().containsAll(province)).as("%s provincial", m).isEqualTo(heavy);
      assertThat(rule.recipients()).hasSize(heavy ? 4 : 2);
    }
  }

  @Test
  void reporting_draft_onlyTheFourHeavyMeasures_toProvincialSamrAndCac() {
    var province = Set.of(new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR),
        new Recipient(RegulatorLevel.PROVINCIAL, Authority.CAC));
    var reported = Set.of(Measure.TEMPORARY_SUSPENSION, Measure.ACCOUNT_CLOSURE, Measure.REREGISTRATION_BAN,
        Measure.BLACKLIST);
    for (Measure m : DRAFT.measures()) {
      var rule = DRAFT.reportingFor(m);
      assertThat(rule.source()).isEqualTo(d("7(2)"));
      assertThat(rule.recipients()).as("%s", m).isEqualTo(reported.contains(m) ? province : Set.of());
    }
    assertThat(DRAFT.reportingFor(Measure.TRAFFIC_LIMIT).reportable()).isFalse();
    assertThatThrownBy(() -> DRAFT.reportingFor(Measure.FIXED_TERM_SUSPENSION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIXED_TERM_SUSPENSION");
  }

  @Test
  void sellerLinkRules_perText() {
    assertThat(ORDER.sellerLinkRules().keySet()).containsExactlyInAnyOrder(LinkRule.PROMINENT_ENTRY,
        LinkRule.COMPLETE_LANDING_PAGE, LinkRule.NO_MULTIPLE_JUMPS, LinkRule.NO_REPEATED_VERIFICATION,
        LinkRule.NO_FORCED_FOLLOW, LinkRule.NO_TIPPING_GATE, LinkRule.NO_POPUP_OVERLAY);
    assertThat(ORDER.sellerLinkRules()).containsEntry(LinkRule.NO_MULTIPLE_JUMPS, o("26(2)1"))
        .containsEntry(LinkRule.NO_POPUP_OVERLAY, o("26(2)3"));

    assertThat(DRAFT.sellerLinkRules().keySet()).contains(LinkRule.NO_PAGINATION_FOLDING,
        LinkRule.NO_DYNAMIC_LOADING, LinkRule.NO_FORCED_EXTERNAL_BROWSER, LinkRule.NO_POPUP_OVERLAY,
        LinkRule.NO_DANMAKU_GATE).doesNotContain(LinkRule.NO_MULTIPLE_JUMPS);
    assertThat(DRAFT.sellerLinkRules()).containsEntry(LinkRule.NO_FORCED_EXTERNAL_BROWSER, d("23(2)4"))
        .containsEntry(LinkRule.NO_DYNAMIC_LOADING, d("23(2)3"));
    assertThat(ORDER.sellerLinkRules()).doesNotContainKeys(LinkRule.NO_PAGINATION_FOLDING,
        LinkRule.NO_DYNAMIC_LOADING, LinkRule.NO_FORCED_EXTERNAL_BROWSER, LinkRule.NO_DANMAKU_GATE);
  }

  @Test
  void blacklist_order117HasTermNoticeAppealExpiry_draftDoesNot() {
    var order = ORDER.blacklist();
    assertThat(order.source()).isEqualTo(o("14"));
    assertThat(order.subjects()).contains(PartyRole.MARKETER_AGENCY);
    assertThat(order.features()).containsEntry(Feature.TERM, o("14(2)")).containsEntry(Feature.NOTICE_OF_GROUNDS, o("14(2)"))
        .containsEntry(Feature.APPEAL_ROUTE, o("14(2)")).containsEntry(Feature.EXPIRY_REMOVAL, o("14(3)"));

    var draft = DRAFT.blacklist();
    assertThat(draft.subjects()).doesNotContain(PartyRole.MARKETER_AGENCY);
    assertThat(draft.features().keySet()).containsExactlyInAnyOrder(Feature.EVASION_PREVENTION, Feature.SHARING_ENCOURAGED);
    assertThat(draft.requires(Feature.TERM)).isFalse();
  }

  @Test
  void aiLabel_draftArt30_order117Art37() {
    assertThat(DRAFT.aiLabel().source()).isEqualTo(d("30(1)"));
    assertThat(DRAFT.aiLabel().requirements()).contains(AiLabelRule.Requirement.PROMINENT_ON_LIVE_PAGE)
        .doesNotContain(AiLabelRule.Requirement.MANDATORY_NATIONAL_STANDARDS);
    assertThat(ORDER.aiLabel().source()).isEqualTo(o("37(1)"));
    assertThat(ORDER.aiLabel().requirements()).contains(AiLabelRule.Requirement.MANDATORY_NATIONAL_STANDARDS,
        AiLabelRule.Requirement.CONTINUOUS_PROMPT);
  }

  @Test
  void everySource_citesTheProfilesOwnText() {
    for (RegulationProfile p : new RegulationProfile[] {ORDER, DRAFT}) {
      assertThat(p.retentions().values()).allMatch(r -> r.source().text() == p.text());
      assertThat(p.sellerLinkRules().values()).allMatch(r -> r.text() == p.text());
      assertThat(p.penalties()).allMatch(x -> x.source().text() == p.text());
    }
  }
}
