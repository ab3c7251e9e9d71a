package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No proposal ever exceeds the proportionality table, for any profile, any (monotone) table, any grade and any
 * requested measure; and {@code take} never records a measure the table does not permit. Seeded, so a failure
 * reproduces; QuickTheories prints the falsifying input.
 */
class ProportionalityProperties {

  private static final long SEED = 20261203L;
  private static final List<String> PROFILES = List.of("ORDER_117", "DRAFT_2025");

  /** Every measure a table of {@code p} may name: its disposal ladder and its live interventions. */
  private static List<Measure> known(RegulationProfile p) {
    var s = new LinkedHashSet<>(p.measures());
    s.addAll(p.liveInterventions().measures());
    return new ArrayList<>(s);
  }

  /** A monotone table: measure i is permitted from grade {@code thresholds[i]} up (4 = never). */
  private static ProportionalityTable table(RegulationProfile p, List<Integer> thresholds) {
    List<Measure> known = known(p);
    var map = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    for (ViolationGrade g : ViolationGrade.values()) {
      var set = EnumSet.noneOf(Measure.class);
      for (int i = 0; i < known.size(); i++) {
        if (g.ordinal() >= thresholds.get(i)) set.add(known.get(i));
      }
      map.put(g, set);
    }
    return ProportionalityTable.of(p, map);
  }

  private static DisposalWorkflow workflow(RegulationProfile p, ProportionalityTable t, ViolationGrade g) {
    var clock = new Fixture.SettableClock(Fixture.DAY);
    var wf = DisposalWorkflow.builder().profile(p).table(t).environment(Environment.of(clock))
        .ledger(EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()).build();
    wf.open(DisposalCase.platformFinding("c1", PartyId.of("op-1"), PartyRole.LIVE_ROOM_OPERATOR, g, Fixture.DAY));
    return wf;
  }

  @Test
  void proposal_neverExceedsTheTable() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(arbitrary().pick(PROFILES), lists().of(integers().between(0, 4)).ofSize(10),
            arbitrary().enumValues(ViolationGrade.class), arbitrary().enumValues(Measure.class))
        .checkAssert((id, thresholds, grade, requested) -> {
          RegulationProfile p = RegulationProfiles.get(ProfileId.of(id));
          ProportionalityTable t = table(p, thresholds);
          Proposal proposal = workflow(p, t, grade).propose("c1", requested);
          proposal.permitted().ifPresent(m -> assertThat(t.permits(grade, m)).isTrue());
          if (known(p).contains(requested) && t.permits(grade, requested)) {
            assertThat(proposal.permitted()).contains(requested);
            assertThat(proposal.decision().isAllowed()).isTrue();
          } else {
            assertThat(proposal.decision().isAllowed()).isFalse();
          }
        });
  }

  @Test
  void defaultTable_proposalNeverExceedsIt() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(arbitrary().pick(PROFILES), arbitrary().enumValues(ViolationGrade.class),
            arbitrary().enumValues(Measure.class))
        .checkAssert((id, grade, requested) -> {
          RegulationProfile p = RegulationProfiles.get(ProfileId.of(id));
          ProportionalityTable t = ProportionalityTable.defaults(p);
          workflow(p, t, grade).propose("c1", requested).permitted()
              .ifPresent(m -> assertThat(t.allowed(grade)).contains(m));
        });
  }

  @Test
  void take_neverRecordsAMeasureTheTableForbids_evenFromAForgedProposal() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(arbitrary().pick(PROFILES), lists().of(integers().between(0, 4)).ofSize(10),
            arbitrary().enumValues(ViolationGrade.class), arbitrary().enumValues(Measure.class))
        .checkAssert((id, thresholds, grade, forged) -> {
          RegulationProfile p = RegulationProfiles.get(ProfileId.of(id));
          ProportionalityTable t = table(p, thresholds);
          DisposalWorkflow wf = workflow(p, t, grade);
          Proposal honest = wf.propose("c1", Measure.WARNING);
          var fake = new Proposal("c1", grade, forged, java.util.Optional.of(forged), honest.decision());
          var details = MeasureDetails.of(Term.of(Fixture.DAY, Fixture.DAY.plusDays(10)), Fixture.REMEDY);
          TakeOutcome o = wf.take(fake, details);
          o.record().ifPresent(r -> assertThat(t.permits(grade, r.measure())).isTrue());
          assertThat(o.taken()).isEqualTo(known(p).contains(forged) && t.permits(grade, forged));
        });
  }
}
