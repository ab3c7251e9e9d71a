package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proportionality (Order 117 Art. 12 ¶1; draft Art. 7 ¶1): a proposal never exceeds the table. */
class ProposalTest {

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void propose_gravePermitsBlacklist_allows(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    Proposal p = f.workflow.propose("c1", Measure.BLACKLIST);
    assertThat(p.decision().outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(p.isAsRequested()).isTrue();
    assertThat(p.decision().findings()).singleElement()
        .satisfies(x -> assertThat(x.article()).contains(f.profile.requireArticle(Obligation.DISPOSAL_SYSTEM)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void propose_minorAsksForBlacklist_capsToHeaviestPermittedBelow(String id) {
    var f = Fixture.of(id);
    f.notice("c1", "op-1", ViolationGrade.MINOR);
    Proposal p = f.workflow.propose("c1", Measure.BLACKLIST);
    assertThat(p.decision().outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(p.decision().findings()).singleElement()
        .satisfies(x -> assertThat(x.rule()).isEqualTo("ENFORCEMENT.PROPORTIONALITY"));
    Set<Measure> allowed = f.workflow.table().allowed(ViolationGrade.MINOR);
    Measure capped = p.permitted().orElseThrow();
    assertThat(allowed).contains(capped);
    // heaviest permitted of the profile's ladder: nothing allowed sits later on the ladder than the cap
    var ladder = f.profile.measures();
    assertThat(allowed.stream().filter(ladder::contains).mapToInt(ladder::indexOf).max().orElseThrow())
        .isEqualTo(ladder.indexOf(capped));
  }

  @Test
  void propose_customTable_capsAlongTheLadder() {
    var f = Fixture.of("ORDER_117");
    var map = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    map.put(ViolationGrade.MINOR, Set.of(Measure.WARNING));
    map.put(ViolationGrade.GENERAL, EnumSet.of(Measure.WARNING, Measure.TRAFFIC_LIMIT));
    map.put(ViolationGrade.SERIOUS, EnumSet.of(Measure.WARNING, Measure.TRAFFIC_LIMIT, Measure.FIXED_TERM_SUSPENSION));
    map.put(ViolationGrade.GRAVE, EnumSet.copyOf(f.profile.measures()));
    var table = ProportionalityTable.of(f.profile, map);
    var wf = DisposalWorkflow.builder().profile(f.profile).table(table)
        .ledger(EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(f.clock).build())
        .environment(Environment.of(f.clock)).build();
    wf.open(DisposalCase.platformFinding("c1", io.github.zhibo.core.party.PartyId.of("op-1"),
        io.github.zhibo.core.party.PartyRole.LIVE_ROOM_OPERATOR, ViolationGrade.SERIOUS, Fixture.DAY));
    assertThat(wf.propose("c1", Measure.ACCOUNT_CLOSURE).permitted()).contains(Measure.FIXED_TERM_SUSPENSION);
    assertThat(wf.propose("c1", Measure.PAUSE_LIVE).permitted()).contains(Measure.TRAFFIC_LIMIT);
    assertThat(wf.propose("c1", Measure.WARNING).permitted()).contains(Measure.WARNING);
  }

  @Test
  void propose_nothingPermittedAtOrBelow_denies() {
    var f = Fixture.of("DRAFT_2025");
    var map = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    map.put(ViolationGrade.MINOR, Set.of());
    map.put(ViolationGrade.GENERAL, Set.of(Measure.FUNCTION_LIMIT));
    map.put(ViolationGrade.SERIOUS, Set.of(Measure.FUNCTION_LIMIT));
    map.put(ViolationGrade.GRAVE, Set.copyOf(f.profile.measures()));
    var wf = DisposalWorkflow.builder().profile(f.profile).table(ProportionalityTable.of(f.profile, map))
        .ledger(EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(f.clock).build())
        .environment(Environment.of(f.clock)).build();
    wf.open(DisposalCase.platformFinding("c1", io.github.zhibo.core.party.PartyId.of("op-1"),
        io.github.zhibo.core.party.PartyRole.MARKETER, ViolationGrade.GENERAL, Fixture.DAY));
    Proposal p = wf.propose("c1", Measure.WARNING);
    assertThat(p.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(p.permitted()).isEmpty();
    TakeOutcome o = wf.take(p, f.fullDetails());
    assertThat(o.taken()).isFalse();
    assertThat(wf.measures()).isEmpty();
  }

  @Test
  void propose_order117_fixedTermSuspensionIsInItsText_draftDenies() {
    var order = Fixture.of("ORDER_117");
    order.notice("c1", "op-1", ViolationGrade.GRAVE);
    assertThat(order.workflow.propose("c1", Measure.FIXED_TERM_SUSPENSION).decision().outcome())
        .isEqualTo(Outcome.ALLOW);

    var draft = Fixture.of("DRAFT_2025");
    draft.notice("c1", "op-1", ViolationGrade.GRAVE);
    Proposal p = draft.workflow.propose("c1", Measure.FIXED_TERM_SUSPENSION);
    assertThat(p.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(p.decision().findings()).singleElement()
        .satisfies(x -> assertThat(x.rule()).isEqualTo("ENFORCEMENT.NOT_IN_TEXT"));
  }

  @Test
  void propose_draft_temporarySuspensionIsInItsText_order117Denies() {
    var draft = Fixture.of("DRAFT_2025");
    draft.notice("c1", "op-1", ViolationGrade.GRAVE);
    assertThat(draft.workflow.propose("c1", Measure.TEMPORARY_SUSPENSION).decision().outcome())
        .isEqualTo(Outcome.ALLOW);
    var order = Fixture.of("ORDER_117");
    order.notice("c1", "op-1", ViolationGrade.GRAVE);
    assertThat(order.workflow.propose("c1", Measure.TEMPORARY_SUSPENSION).decision().outcome())
        .isEqualTo(Outcome.DENY);
  }

  @Test
  void propose_draftPopupPrompt_isOnTheMergedLadder() {
    var draft = Fixture.of("DRAFT_2025");
    draft.notice("c1", "op-1", ViolationGrade.MINOR);
    assertThat(draft.workflow.propose("c1", Measure.POPUP_PROMPT).permitted()).contains(Measure.POPUP_PROMPT);
    var order = Fixture.of("ORDER_117");
    order.notice("c1", "op-1", ViolationGrade.MINOR);
    assertThat(order.workflow.propose("c1", Measure.POPUP_PROMPT).decision().outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void take_forgedProposalHeavierThanTable_isDeniedAndNotRecorded() {
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.MINOR);
    Proposal real = f.workflow.propose("c1", Measure.WARNING);
    var forged = new Proposal("c1", ViolationGrade.MINOR, Measure.BLACKLIST, java.util.Optional.of(Measure.BLACKLIST),
        real.decision());
    TakeOutcome o = f.workflow.take(forged, f.fullDetails());
    assertThat(o.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(f.records("MEASURE_TAKEN")).isEmpty();
  }

  @Test
  void take_forgedAllowWithoutMeasure_isDenied() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    Proposal real = f.workflow.propose("c1", Measure.WARNING);
    var forged = new Proposal("c1", ViolationGrade.GRAVE, Measure.WARNING, java.util.Optional.empty(), real.decision());
    TakeOutcome o = f.workflow.take(forged, f.fullDetails());
    assertThat(o.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(o.taken()).isFalse();
  }

  @Test
  void take_proposalFromAnotherProfile_throws() {
    var order = Fixture.of("ORDER_117");
    order.notice("c1", "op-1", ViolationGrade.GRAVE);
    var draft = Fixture.of("DRAFT_2025");
    draft.notice("c1", "op-1", ViolationGrade.GRAVE);
    Proposal p = draft.workflow.propose("c1", Measure.WARNING);
    assertThatThrownBy(() -> order.workflow.take(p, order.fullDetails()))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.FOREIGN_PROPOSAL));
  }

  @Test
  void propose_unknownCase_throwsTypedError() {
    var f = Fixture.of("ORDER_117");
    assertThatThrownBy(() -> f.workflow.propose("nope", Measure.WARNING))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.UNKNOWN_CASE));
  }

  @Test
  void open_duplicateCase_throwsTypedError() {
    var f = Fixture.of("DRAFT_2025");
    f.notice("c1", "op-1", ViolationGrade.GRAVE);
    assertThatThrownBy(() -> f.notice("c1", "op-2", ViolationGrade.GRAVE))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.DUPLICATE_CASE));
  }
}
