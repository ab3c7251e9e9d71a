package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random runs of the whole workflow (open, propose, take, appeal, lift, send, expire, check deadlines):
 * every taken measure is permitted by the table, the ledger chain stays intact, history counts agree with the
 * window, and a workflow resumed from the ledger has exactly the same view. The seed is in the test name.
 */
class WorkflowProperties {

  static Stream<Arguments> runs() {
    var out = new ArrayList<Arguments>();
    for (String id : List.of("ORDER_117", "DRAFT_2025")) {
      for (long seed = 1; seed <= 12; seed++) out.add(Arguments.of(id, seed * 7919));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("runs")
  void randomRun_invariantsHold(String id, long seed) {
    var rnd = new Random(seed);
    RegulationProfile profile = RegulationProfiles.get(ProfileId.of(id));
    var clock = new Fixture.SettableClock(Fixture.DAY);
    var store = LedgerStore.inMemory();
    var ledger = EvidenceLedger.builder().store(store).clock(clock).build();
    DisposalWorkflow wf = DisposalWorkflow.builder().profile(profile).ledger(ledger).calendar(Fixture.CALENDAR)
        .environment(Environment.of(clock)).build();
    Measure[] measures = Measure.values();
    CaseSource[] sources = CaseSource.values();
    PartyRole[] roles = {PartyRole.LIVE_ROOM_OPERATOR, PartyRole.MARKETER, PartyRole.MARKETER_AGENCY};
    LocalDate day = Fixture.DAY;
    var cases = new ArrayList<String>();
    for (int step = 0; step < 80; step++) {
      day = day.plusDays(rnd.nextInt(3));
      clock.set(day);
      int op = rnd.nextInt(10);
      if (op < 3 || cases.isEmpty()) {
        String ref = "c" + step;
        CaseSource src = sources[rnd.nextInt(sources.length)];
        PartyId subject = PartyId.of("p-" + rnd.nextInt(5));
        ViolationGrade g = ViolationGrade.values()[rnd.nextInt(4)];
        PartyRole role = roles[rnd.nextInt(roles.length)];
        wf.open(src.fromRegulator() ? DisposalCase.onNotice(ref, src, subject, role, g, day, Authority.SAMR)
            : DisposalCase.platformFinding(ref, subject, role, g, day));
        cases.add(ref);
      } else if (op < 7) {
        String ref = cases.get(rnd.nextInt(cases.size()));
        Proposal p = wf.propose(ref, measures[rnd.nextInt(measures.length)]);
        Term term = rnd.nextBoolean() ? Term.of(day, day.plusDays(rnd.nextInt(30))) : Term.openEnded(day);
        var details = rnd.nextBoolean() ? MeasureDetails.of(term, Fixture.REMEDY)
            : MeasureDetails.of(term, Fixture.REMEDY).withoutRemedy();
        TakeOutcome o = wf.take(p, details);
        o.record().ifPresent(r -> assertThat(wf.table().permits(r.grade(), r.measure())).isTrue());
      } else {
        List<MeasureRecord> inForce = wf.measures().stream().filter(m -> m.status().inForce()).toList();
        if (!inForce.isEmpty()) {
          MeasureRecord m = inForce.get(rnd.nextInt(inForce.size()));
          switch (rnd.nextInt(5)) {
            case 0 -> {
              if (m.status() != MeasureStatus.UNDER_APPEAL) wf.fileAppeal(m.measureId(), day);
            }
            case 1 -> {
              if (m.status() == MeasureStatus.UNDER_APPEAL) {
                wf.decideAppeal(m.measureId(), rnd.nextBoolean() ? AppealDecision.GRANTED : AppealDecision.UPHELD, day);
              }
            }
            case 2 -> {
              if (m.source() == CaseSource.UNREACHABLE_PARTY && m.status() == MeasureStatus.ACTIVE) {
                wf.requestLift(m.measureId(), day);
              }
            }
            case 3 -> wf.lift(m.measureId(), LiftReason.PLATFORM_DECISION, day);
            default -> wf.blacklistExpired(m.subject(), day);
          }
        }
        wf.reports().stream().filter(r -> !r.isSent() && rnd.nextInt(3) == 0)
            .forEach(r -> wf.markSent(r.reportId(), clock.today()));
        wf.expireTerms(day);
        wf.checkDeadlines(day);
      }
    }
    wf.checkDeadlines(day); // so every deadline passed by the last day has been reported before the restart
    assertThat(ledger.verify().isOk()).isTrue();
    assertThat(wf.measures()).as("the run took measures").isNotEmpty();
    MeasureHistory h = wf.history();
    for (PartyId s : h.subjects()) {
      long total = h.countsByGrade(s, 6, day).values().stream().mapToLong(Long::longValue).sum();
      assertThat(total).isEqualTo(h.takenWithin(s, 6, day).size());
      assertThat(h.countsByMeasure(s, 6, day).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    }
    for (RegulatorReport r : wf.reports()) {
      MeasureRecord m = wf.measure(r.measureId()).orElseThrow();
      assertThat(profile.reportingFor(m.measure()).recipients().contains(r.recipient())
          || r.jurisdiction() == RegulatorReport.Jurisdiction.NOTIFYING_PROVINCE).isTrue();
    }
    DisposalWorkflow resumed = DisposalWorkflow.builder().profile(profile)
        .ledger(EvidenceLedger.builder().store(store).clock(clock).build()).calendar(Fixture.CALENDAR)
        .environment(Environment.of(clock)).build();
    assertThat(resumed.measures()).containsExactlyElementsOf(wf.measures());
    assertThat(resumed.reports()).containsExactlyElementsOf(wf.reports());
    assertThat(resumed.checkDeadlines(day)).isEmpty();
  }
}
