package io.github.zhibo.tiering;

import static io.github.zhibo.tiering.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.tiering.spi.ComplianceRecordStore;
import io.github.zhibo.tiering.spi.RiskModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Risk signals to proportionate live interventions (draft Art. 12, Order 117 Art. 13). */
class RiskResponderTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
  private static final PartyId ROOM = PartyId.of("room-7");

  private final List<ComplianceEvent> events = new CopyOnWriteArrayList<>();
  private final Environment env = Environment.of(CLOCK).withListener(events::add);

  private RiskResponder responder(String profile, RiskModel model, ComplianceRecordStore store) {
    return RiskResponder.builder().profile(profile(profile)).model(model).records(store).environment(env).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void aProposalHeavierThanTheGradePermitsIsCapped(String p) {
    RiskResponder r = responder(p, c -> List.of(), ComplianceRecordStore.inMemory());
    MeasureDecision d = r.decide(new RiskSignal("FALSE_PROMOTION_SUSPECTED", ViolationGrade.MINOR, Measure.PAUSE_LIVE));
    assertThat(d.outcome()).isEqualTo(MeasureOutcome.CAPPED);
    assertThat(r.permitted(ViolationGrade.MINOR)).contains(d.measure());
    assertThat(d.measure()).isLessThan(Measure.PAUSE_LIVE);
    assertThat(d.article().article()).isEqualTo(p.equals("ORDER_117") ? 13 : 12);
  }

  @ParameterizedTest
  @EnumSource(ViolationGrade.class)
  void neverHeavierThanTheTablePermitsForAnyProposal(ViolationGrade grade) {
    for (String p : new String[] {"ORDER_117", "DRAFT_2025"}) {
      RiskResponder r = responder(p, c -> List.of(), ComplianceRecordStore.inMemory());
      var table = ProportionalityTable.defaults(profile(p));
      for (Measure m : Measure.values()) {
        MeasureDecision d = r.decide(new RiskSignal("X_SIGNAL", grade, m));
        if (d.measure() != null) {
          assertThat(table.permits(grade, d.measure())).as("%s %s %s", p, grade, m).isTrue();
          assertThat(profile(p).liveInterventions().contains(d.measure())).isTrue();
          assertThat(d.measure()).isLessThanOrEqualTo(m);
        }
      }
    }
  }

  @Test
  void withoutAProposalEachGradeTakesTheMildestMeasureItUnlocks() {
    RiskResponder r = responder("DRAFT_2025", c -> List.of(), ComplianceRecordStore.inMemory());
    assertThat(r.decide(RiskSignal.of("S_X", ViolationGrade.MINOR)).measure()).isEqualTo(Measure.POPUP_PROMPT);
    assertThat(r.decide(RiskSignal.of("S_X", ViolationGrade.GENERAL)).measure()).isEqualTo(Measure.TRAFFIC_LIMIT);
    assertThat(r.decide(RiskSignal.of("S_X", ViolationGrade.GRAVE)).measure()).isEqualTo(Measure.PAUSE_LIVE);
    RiskResponder o = responder("ORDER_117", c -> List.of(), ComplianceRecordStore.inMemory());
    assertThat(o.decide(RiskSignal.of("S_X", ViolationGrade.MINOR)).measure()).isEqualTo(Measure.WARNING);
    assertThat(o.permitted(ViolationGrade.GRAVE)).doesNotContain(Measure.POPUP_PROMPT, Measure.BLACKLIST);
  }

  @Test
  void aTableThatPermitsNoLiveInterventionForAGradeMeansReview() {
    var p = profile("ORDER_117");
    var map = new java.util.EnumMap<ViolationGrade, java.util.Set<Measure>>(ViolationGrade.class);
    map.put(ViolationGrade.MINOR, java.util.Set.of());
    map.put(ViolationGrade.GENERAL, java.util.Set.of(Measure.WARNING));
    map.put(ViolationGrade.SERIOUS, java.util.Set.of(Measure.WARNING, Measure.PAUSE_LIVE));
    map.put(ViolationGrade.GRAVE, java.util.Set.of(Measure.WARNING, Measure.PAUSE_LIVE));
    RiskResponder r = RiskResponder.builder().profile(p).table(ProportionalityTable.of(p, map))
        .model(c -> List.of(RiskSignal.of("S_X", ViolationGrade.MINOR))).environment(env).build();
    RiskResponse resp = r.respond(RiskContext.of(ROOM, true));
    assertThat(resp.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(resp.decisions()).singleElement().extracting(MeasureDecision::outcome).isEqualTo(MeasureOutcome.REVIEW);
  }

  @Test
  void takenMeasuresAreRecordedEmittedAndFeedTheComplianceRecord() {
    var store = ComplianceRecordStore.inMemory();
    RiskResponder r = responder("ORDER_117",
        c -> List.of(new RiskSignal("FALSE_PROMOTION_SUSPECTED", ViolationGrade.GENERAL, Measure.TRAFFIC_LIMIT)), store);
    RiskResponse resp = r.respond(RiskContext.of(ROOM, true));
    assertThat(resp.outcome()).isEqualTo(Outcome.DENY);
    assertThat(resp.decisions().get(0).outcome()).isEqualTo(MeasureOutcome.TAKEN);
    assertThat(events).singleElement().isInstanceOfSatisfying(ComplianceEvent.MeasureTaken.class, e -> {
      assertThat(e.measure()).isEqualTo(Measure.TRAFFIC_LIMIT);
      assertThat(e.subject()).isEqualTo(ROOM);
    });
    r.respond(RiskContext.of(ROOM, true));
    r.respond(RiskContext.of(ROOM, true));
    RoomMetrics fed = r.withRecordedMeasures(RoomMetrics.builder("room-7").build());
    assertThat(fed.measures12m()).isEqualTo(3);
    // three measures raise the room to T3 through the compliance record (Art. 12 ¶3)
    assertThat(Fixtures.classifier("ORDER_117").classify(fed).reasons()).contains("MEASURES_12M>=3");
    assertThat(r.withRecordedMeasures(RoomMetrics.builder("room-7").measures12m(9).build()).measures12m()).isEqualTo(9);
  }

  @Test
  void measuresAreWrittenToTheLedger() {
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(CLOCK).build()) {
      RiskResponder r = RiskResponder.builder().profile(profile("ORDER_117")).environment(env).ledger(ledger)
          .model(c -> List.of(new RiskSignal("S_X", ViolationGrade.SERIOUS, Measure.PAUSE_LIVE))).build();
      r.respond(RiskContext.of(PartyId.of("13800138000"), true));
      assertThat(ledger.records()).singleElement().satisfies(rec -> {
        assertThat(rec.entry().type().value()).isEqualTo("RISK_MEASURE_TAKEN");
        assertThat(rec.entry().payload()).containsEntry("measure", "PAUSE_LIVE").containsEntry("grade", "SERIOUS");
        assertThat(rec.entry().subject().value()).doesNotContain("13800138000");
        assertThat(rec.entry().article()).hasToString("ORDER_117 Art. 12(3)");
      });
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void aFailingModelMeansReviewAndAnEventNeverAMeasure() {
    var store = ComplianceRecordStore.inMemory();
    RiskResponder r = responder("ORDER_117", c -> {
      throw new IllegalStateException("model down");
    }, store);
    RiskResponse resp = r.respond(RiskContext.of(ROOM, true));
    assertThat(resp.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(resp.decisions()).isEmpty();
    assertThat(events).singleElement().isInstanceOf(ComplianceEvent.ComponentFailed.class);
    assertThat(store.measuresSince("room-7", Instant.EPOCH)).isZero();
  }

  @Test
  void outsideALiveNothingIsTakenAndAHumanDecides() {
    var store = ComplianceRecordStore.inMemory();
    RiskResponder r = responder("ORDER_117", c -> List.of(RiskSignal.of("S_X", ViolationGrade.GENERAL)), store);
    assertThat(r.respond(RiskContext.of(ROOM, false)).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(store.measuresSince("room-7", Instant.EPOCH)).isZero();
  }

  @Test
  void noSignalsMeansAllow() {
    assertThat(responder("ORDER_117", c -> List.of(), ComplianceRecordStore.inMemory())
        .respond(RiskContext.of(ROOM, true)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void aModelReturningNullOrANullSignalIsTreatedAsFailed() {
    var withNull = new java.util.ArrayList<RiskSignal>();
    withNull.add(null);
    for (RiskModel broken : List.<RiskModel>of(c -> null, c -> withNull)) {
      events.clear();
      RiskResponse resp = responder("DRAFT_2025", broken, ComplianceRecordStore.inMemory()).respond(RiskContext.of(ROOM, true));
      assertThat(resp.outcome()).isEqualTo(Outcome.REVIEW);
      assertThat(events).singleElement().isInstanceOf(ComplianceEvent.ComponentFailed.class);
    }
  }
}
