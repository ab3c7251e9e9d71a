package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.BlacklistRules;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.ConsumerOrders.Arrangement;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The details a measure must carry: term, remedy route (Order 117 Art. 12 ¶1, 14 ¶2), consumer orders (Art. 23). */
class TakeRulesTest {

  private static TakeOutcome take(Fixture f, String caseRef, Measure m, MeasureDetails d) {
    return f.workflow.take(f.workflow.propose(caseRef, m), d);
  }

  private static Finding only(TakeOutcome o) {
    assertThat(o.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(o.record()).isEmpty();
    assertThat(o.decision().findings()).hasSize(1);
    return o.decision().findings().get(0);
  }

  // ---- term ----

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void take_suspensionWithoutEnd_deniedWithFixedTerm_taken(String id) {
    var f = Fixture.of(id);
    Measure suspension = f.profile.measures().contains(Measure.FIXED_TERM_SUSPENSION)
        ? Measure.FIXED_TERM_SUSPENSION : Measure.TEMPORARY_SUSPENSION;
    f.notice("c1", "op-1", ViolationGrade.SERIOUS);
    var openEnded = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.of(Fixture.REMEDY), ConsumerOrders.none(),
        Optional.empty());
    Finding fail = only(take(f, "c1", suspension, openEnded));
    assertThat(fail.rule()).isEqualTo("ENFORCEMENT.TERM");
    assertThat(fail.article()).contains(f.profile.requireArticle(Obligation.DISPOSAL_SYSTEM));

    assertThat(take(f, "c1", suspension, f.fullDetails()).taken()).isTrue();
  }

  @Test
  void take_order117BlacklistWithoutTerm_denied_citingTheBlacklistTermParagraph() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    var d = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.of(Fixture.REMEDY), ConsumerOrders.none(),
        Optional.empty());
    Finding fail = only(take(f, "c1", Measure.BLACKLIST, d));
    assertThat(fail.rule()).isEqualTo("ENFORCEMENT.TERM");
    assertThat(fail.article()).contains(f.profile.blacklist().features().get(BlacklistRules.Feature.TERM));
    assertThat(take(f, "c1", Measure.BLACKLIST, f.fullDetails()).taken()).isTrue();
  }

  @Test
  void take_draftBlacklistWithoutTerm_taken() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    var d = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.of(Fixture.REMEDY), ConsumerOrders.none(),
        Optional.empty());
    assertThat(take(f, "c1", Measure.BLACKLIST, d).taken()).isTrue();
  }

  // ---- remedy route ----

  @Test
  void take_order117WithoutRemedyRoute_denied_citingArticle12Paragraph1() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    Finding fail = only(take(f, "c1", Measure.WARNING, f.fullDetails().withoutRemedy()));
    assertThat(fail.rule()).isEqualTo("ENFORCEMENT.REMEDY_ROUTE");
    // the remedy route sits in the same paragraph as the disposal system (平台规则…相应的救济途径)
    assertThat(fail.article()).contains(f.profile.requireArticle(Obligation.DISPOSAL_SYSTEM));
    assertThat(take(f, "c1", Measure.WARNING, f.fullDetails()).taken()).isTrue();
  }

  @Test
  void take_order117BlacklistWithoutRemedy_citesTheAppealRouteParagraph() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    Finding fail = only(take(f, "c1", Measure.BLACKLIST, f.fullDetails().withoutRemedy()));
    assertThat(fail.article()).contains(f.profile.blacklist().features().get(BlacklistRules.Feature.APPEAL_ROUTE));
  }

  @Test
  void take_draftWithoutRemedyRoute_taken() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.GENERAL);
    TakeOutcome o = take(f, "c1", Measure.WARNING, f.fullDetails().withoutRemedy());
    assertThat(o.taken()).isTrue();
    assertThat(o.record().orElseThrow().remedy()).isEmpty();
  }

  // ---- consumer orders (Order 117 Art. 23) ----

  @Test
  void take_order117AffectingOrdersWithoutArrangements_denied_citingArticle23() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.SERIOUS);
    var partial = new ConsumerOrders(12, EnumSet.of(Arrangement.ORDER_PROCESSING), Optional.of("plan-7"));
    Finding fail = only(take(f, "c1", Measure.FIXED_TERM_SUSPENSION, f.fullDetails().withConsumerOrders(partial)));
    assertThat(fail.rule()).isEqualTo("ENFORCEMENT.CONSUMER_ORDERS");
    assertThat(fail.article()).contains(ArticleRef.of(LegalText.ORDER_117, 23, 1));
    assertThat(fail.evidence().get("missing")).isPresent();

    var full = ConsumerOrders.handled(12, ConsumerOrders.REQUIRED, "plan-7");
    TakeOutcome ok = take(f, "c1", Measure.FIXED_TERM_SUSPENSION, f.fullDetails().withConsumerOrders(full));
    assertThat(ok.taken()).isTrue();
    assertThat(ok.record().orElseThrow().consumerOrders().affectedOrders()).isEqualTo(12);
    assertThat(f.records("MEASURE_TAKEN")).singleElement()
        .satisfies(r -> assertThat(r.payload()).containsEntry("affectedOrders", "12")
            .containsEntry("orderArrangements", "AFTER_SALES,DISPUTE_RESOLUTION,ORDER_PROCESSING")
            .containsEntry("orderPlan", "plan-7"));
  }

  @Test
  void take_order117NoOrdersAffected_needsNoArrangements() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.SERIOUS);
    assertThat(take(f, "c1", Measure.FIXED_TERM_SUSPENSION, f.fullDetails()).taken()).isTrue();
  }

  @Test
  void take_draftAffectingOrdersWithoutArrangements_taken() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.SERIOUS);
    var none = new ConsumerOrders(5, EnumSet.noneOf(Arrangement.class), Optional.empty());
    assertThat(take(f, "c1", Measure.TEMPORARY_SUSPENSION, f.fullDetails().withConsumerOrders(none)).taken()).isTrue();
  }

  @Test
  void take_severalMissingDetails_reportsEveryFinding() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.SERIOUS);
    var d = new MeasureDetails(Term.openEnded(Fixture.DAY), Optional.empty(),
        new ConsumerOrders(1, EnumSet.noneOf(Arrangement.class), Optional.empty()), Optional.empty());
    TakeOutcome o = take(f, "c1", Measure.FIXED_TERM_SUSPENSION, d);
    assertThat(o.decision().findings()).extracting(Finding::rule)
        .containsExactly("ENFORCEMENT.TERM", "ENFORCEMENT.REMEDY_ROUTE", "ENFORCEMENT.CONSUMER_ORDERS");
    assertThat(f.ledger.records()).extracting(r -> r.type().value()).containsExactly("DISPOSAL_CASE_OPENED");
  }

  // ---- the record and its event ----

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void take_allowed_recordsMeasureAndEmitsMeasureTaken(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    MeasureRecord r = f.takeAllowed("c1", Measure.ACCOUNT_CLOSURE);
    assertThat(r.measureId()).isEqualTo("c1.1");
    assertThat(r.legalBasis()).isEqualTo(f.profile.requireArticle(Obligation.DISPOSAL_ON_NOTICE));
    assertThat(r.termZh()).isEqualTo(f.profile.disposalMeasures().termsZh().get(Measure.ACCOUNT_CLOSURE));
    assertThat(r.takenOn()).isEqualTo(Fixture.DAY);
    var taken = f.records("MEASURE_TAKEN");
    assertThat(taken).singleElement().satisfies(x -> {
      assertThat(x.article()).isEqualTo(f.profile.requireArticle(Obligation.MEASURE_RECORDS));
      assertThat(x.payload()).containsEntry("measure", "ACCOUNT_CLOSURE").containsEntry("grade", "GRAVE")
          .containsEntry("remedyRule", "rules-v7:12.3").containsKey("tablePermits");
      assertThat(x.subject().value()).isEqualTo("party:op-1");
    });
    assertThat(f.events(ComplianceEvent.MeasureTaken.class)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(ComplianceEvent.MeasureAction.TAKEN);
      assertThat(e.measure()).isEqualTo(Measure.ACCOUNT_CLOSURE);
      assertThat(e.subject().value()).isEqualTo("op-1");
    });
    assertThat(f.ledger.verify().isOk()).isTrue();
  }

  @Test
  void take_termStartingBeforeTheCase_isACallerMistake() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    var early = MeasureDetails.of(Term.of(Fixture.DAY.minusDays(1), Fixture.DAY), Fixture.REMEDY);
    assertThatThrownBy(() -> f.workflow.take(f.workflow.propose("c1", Measure.WARNING), early))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.DAY_OUT_OF_ORDER));
  }
}
