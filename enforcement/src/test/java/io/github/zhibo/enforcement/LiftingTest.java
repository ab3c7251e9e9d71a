package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.ComplianceEvent.DeadlineMissed;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.BlacklistRules;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lifting: term end, verified update (Order 117 Art. 22 ¶4), blacklist expiry (Art. 14 ¶3), appeals, platform decision. */
class LiftingTest {

  private static MeasureRecord unreachable(Fixture f) {
    f.open(DisposalCase.onNotice("u1", CaseSource.UNREACHABLE_PARTY, PartyId.of("mk-1"), PartyRole.MARKETER,
        ViolationGrade.GENERAL, Fixture.DAY, Authority.SAMR));
    var d = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.of(Fixture.REMEDY), ConsumerOrders.none(),
        Optional.empty());
    return f.workflow.take(f.workflow.propose("u1", Measure.FUNCTION_LIMIT), d).record().orElseThrow();
  }

  @Test
  void order117_unreachableParty_measureCitesParagraph3_liftsOnVerifiedUpdate_citingParagraph4() {
    var f = Fixture.of("ORDER_117");
    MeasureRecord m = unreachable(f);
    assertThat(m.legalBasis()).isEqualTo(ArticleRef.of(LegalText.ORDER_117, 22, 3));
    LocalDate asked = Fixture.DAY.plusDays(7);
    assertThat(f.workflow.requestLift(m.measureId(), asked).status()).isEqualTo(MeasureStatus.LIFT_REQUESTED);
    MeasureRecord lifted = f.workflow.liftOnVerifiedUpdate(m.measureId(), asked.plusDays(1));
    assertThat(lifted.status()).isEqualTo(MeasureStatus.LIFTED);
    assertThat(lifted.liftReason()).contains(LiftReason.UPDATE_VERIFIED);
    assertThat(lifted.liftRequestedOn()).contains(asked);
    assertThat(f.events(ComplianceEvent.MeasureTaken.class)).extracting(ComplianceEvent.MeasureTaken::action)
        .containsExactly(ComplianceEvent.MeasureAction.TAKEN, ComplianceEvent.MeasureAction.LIFTED);
    assertThat(f.records("MEASURE_LIFTED")).singleElement()
        .satisfies(r -> assertThat(r.article()).isEqualTo(f.profile.requireArticle(Obligation.UNREACHABLE_PARTY_LIFT)));
    assertThat(f.workflow.checkDeadlines(asked.plusDays(60))).noneMatch(e -> e.deadline().equals("UNREACHABLE_PARTY_LIFT"));
  }

  @Test
  void order117_liftRequestNotVerifiedInTime_missesThePromptLift() {
    var f = Fixture.of("ORDER_117");
    MeasureRecord m = unreachable(f);
    LocalDate asked = Fixture.DAY.plusDays(7);
    f.workflow.requestLift(m.measureId(), asked);
    LocalDate due = Fixture.CALENDAR.addWorkingDays(asked, EnforcementParameters.LIFT_CHECK_WORKING_DAYS.defaultValue());
    assertThat(f.workflow.checkDeadlines(due)).noneMatch(e -> e.deadline().equals("UNREACHABLE_PARTY_LIFT"));
    assertThat(f.workflow.checkDeadlines(due.plusDays(1))).filteredOn(e -> e.deadline().equals("UNREACHABLE_PARTY_LIFT"))
        .singleElement().satisfies(e -> assertThat(e.article()).isEqualTo(ArticleRef.of(LegalText.ORDER_117, 22, 4)));
  }

  @Test
  void draft_liftRequest_hasNoPromptLiftDuty_butAVerifiedUpdateStillLifts() {
    var f = Fixture.of("DRAFT_2025");
    MeasureRecord m = unreachable(f);
    assertThat(m.legalBasis()).isEqualTo(ArticleRef.of(LegalText.DRAFT_2025, 15, 2));
    f.workflow.requestLift(m.measureId(), Fixture.DAY.plusDays(1));
    assertThat(f.workflow.checkDeadlines(Fixture.DAY.plusDays(90)))
        .extracting(DeadlineMissed::deadline).doesNotContain("UNREACHABLE_PARTY_LIFT");
    assertThat(f.workflow.liftOnVerifiedUpdate(m.measureId(), Fixture.DAY.plusDays(90)).status())
        .isEqualTo(MeasureStatus.LIFTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void requestLift_onAnOrdinaryNoticeMeasure_isIllegal(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    MeasureRecord m = f.takeAllowed("c1", Measure.WARNING);
    assertThatThrownBy(() -> f.workflow.requestLift(m.measureId(), Fixture.DAY))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.ILLEGAL_TRANSITION));
  }

  /** Blacklisting plus a re-registration ban in one case, blacklist ending after 30 days. */
  private static MeasureRecord[] blacklistCase(Fixture f) {
    f.notice("b1", "op-7", ViolationGrade.GRAVE);
    MeasureRecord bl = f.takeAllowed("b1", Measure.BLACKLIST);
    var open = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.of(Fixture.REMEDY), ConsumerOrders.none(),
        Optional.empty());
    MeasureRecord ban = f.workflow.take(f.workflow.propose("b1", Measure.REREGISTRATION_BAN), open).record().orElseThrow();
    return new MeasureRecord[] {bl, ban};
  }

  @Test
  void order117_blacklistExpiry_liftsTheRelatedMeasuresToo() {
    var f = Fixture.of("ORDER_117");
    MeasureRecord[] m = blacklistCase(f);
    LocalDate end = m[0].term().endsOn().orElseThrow();
    assertThat(f.workflow.expireTerms(end)).isEmpty();
    var lifted = f.workflow.expireTerms(end.plusDays(1));
    assertThat(lifted).extracting(MeasureRecord::measure).containsExactly(Measure.BLACKLIST, Measure.REREGISTRATION_BAN);
    assertThat(lifted).allSatisfy(r -> {
      assertThat(r.liftReason()).contains(LiftReason.BLACKLIST_EXPIRED);
      assertThat(r.liftedOn()).contains(end.plusDays(1));
    });
    assertThat(f.records("MEASURE_LIFTED")).allSatisfy(r -> assertThat(r.article())
        .isEqualTo(f.profile.blacklist().features().get(BlacklistRules.Feature.EXPIRY_REMOVAL)));
  }

  @Test
  void draft_blacklistExpiry_liftsOnlyTheBlacklisting() {
    var f = Fixture.of("DRAFT_2025");
    MeasureRecord[] m = blacklistCase(f);
    var lifted = f.workflow.blacklistExpired(PartyId.of("op-7"), m[0].term().endsOn().orElseThrow().plusDays(1));
    assertThat(lifted).extracting(MeasureRecord::measure).containsExactly(Measure.BLACKLIST);
    assertThat(f.workflow.measure(m[1].measureId()).orElseThrow().status()).isEqualTo(MeasureStatus.ACTIVE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void expireTerms_liftsEndedTermsOnly(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    MeasureRecord shortOne = f.workflow.take(f.workflow.propose("c1", Measure.FUNCTION_LIMIT),
        MeasureDetails.of(Term.of(Fixture.DAY, Fixture.DAY.plusDays(3)), Fixture.REMEDY)).record().orElseThrow();
    MeasureRecord longOne = f.takeAllowed("c1", Measure.WARNING);
    var lifted = f.workflow.expireTerms(Fixture.DAY.plusDays(4));
    assertThat(lifted).extracting(MeasureRecord::measureId).containsExactly(shortOne.measureId());
    assertThat(lifted.get(0).liftReason()).contains(LiftReason.TERM_ENDED);
    assertThat(lifted.get(0).inForceOn(Fixture.DAY.plusDays(3))).isTrue();
    assertThat(lifted.get(0).inForceOn(Fixture.DAY.plusDays(4))).isFalse();
    assertThat(f.workflow.measure(longOne.measureId()).orElseThrow().status()).isEqualTo(MeasureStatus.ACTIVE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void appeal_granted_lifts_upheld_staysInForce(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    MeasureRecord a = f.takeAllowed("c1", Measure.BLACKLIST);
    MeasureRecord b = f.takeAllowed("c1", Measure.WARNING);
    assertThat(f.workflow.fileAppeal(a.measureId(), Fixture.DAY.plusDays(2)).status()).isEqualTo(MeasureStatus.UNDER_APPEAL);
    assertThat(f.workflow.decideAppeal(a.measureId(), AppealDecision.GRANTED, Fixture.DAY.plusDays(5)).liftReason())
        .contains(LiftReason.APPEAL_GRANTED);
    f.workflow.fileAppeal(b.measureId(), Fixture.DAY.plusDays(2));
    MeasureRecord upheld = f.workflow.decideAppeal(b.measureId(), AppealDecision.UPHELD, Fixture.DAY.plusDays(5));
    assertThat(upheld.status()).isEqualTo(MeasureStatus.ACTIVE);
    assertThat(upheld.appealFiledOn()).contains(Fixture.DAY.plusDays(2));
    assertThat(f.records("MEASURE_APPEAL_FILED")).hasSize(2);
    assertThat(f.records("MEASURE_APPEAL_DECIDED")).hasSize(2);
  }

  @Test
  void order117_blacklistAppeal_citesTheBlacklistAppealParagraph() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    MeasureRecord a = f.takeAllowed("c1", Measure.BLACKLIST);
    f.workflow.fileAppeal(a.measureId(), Fixture.DAY);
    assertThat(f.records("MEASURE_APPEAL_FILED")).singleElement()
        .satisfies(r -> assertThat(r.article()).isEqualTo(f.profile.requireArticle(Obligation.BLACKLIST_APPEAL)));
  }

  @Test
  void lift_twice_orBeforeTaken_orUnknown_areTypedErrors() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    MeasureRecord m = f.takeAllowed("c1", Measure.WARNING);
    assertThatThrownBy(() -> f.workflow.lift(m.measureId(), LiftReason.PLATFORM_DECISION, Fixture.DAY.minusDays(1)))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.DAY_OUT_OF_ORDER));
    f.workflow.lift(m.measureId(), LiftReason.PLATFORM_DECISION, Fixture.DAY);
    assertThatThrownBy(() -> f.workflow.lift(m.measureId(), LiftReason.PLATFORM_DECISION, Fixture.DAY))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.ILLEGAL_TRANSITION));
    assertThatThrownBy(() -> f.workflow.fileAppeal("c1.99", Fixture.DAY))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.UNKNOWN_MEASURE));
    assertThatThrownBy(() -> f.workflow.lift(m.measureId(), LiftReason.UPDATE_VERIFIED, Fixture.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
