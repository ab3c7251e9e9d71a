package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.ConsumerOrders.Arrangement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A workflow rebuilt from its ledger after a restart continues exactly where it stopped. */
class ResumeTest {

  private static DisposalWorkflow open(String id, Path file, Fixture.SettableClock clock, EvidenceLedger[] holder) {
    holder[0] = EvidenceLedger.builder().store(LedgerStore.jsonLines(file)).clock(clock).build();
    return DisposalWorkflow.builder().profile(RegulationProfiles.get(ProfileId.of(id))).ledger(holder[0])
        .calendar(Fixture.CALENDAR).environment(Environment.of(clock)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void restart_restoresCasesMeasuresReportsAndDeadlines(String id, @TempDir Path dir) {
    Path file = dir.resolve("ledger.jsonl");
    var clock = new Fixture.SettableClock(Fixture.DAY);
    var holder = new EvidenceLedger[1];
    DisposalWorkflow before = open(id, file, clock, holder);
    before.open(DisposalCase.onNotice("c1", CaseSource.REGULATOR_NOTICE, PartyId.of("op:1"),
        PartyRole.LIVE_ROOM_OPERATOR, ViolationGrade.GRAVE, Fixture.DAY, Authority.SAMR));
    var orders = new ConsumerOrders(4, EnumSet.allOf(Arrangement.class), Optional.of("plan-1"));
    var details = MeasureDetails.of(Term.of(Fixture.DAY, Fixture.DAY.plusDays(20)), Fixture.REMEDY)
        .withConsumerOrders(orders).withPlatformRule("rules-v7:3.1");
    MeasureRecord bl = before.take(before.propose("c1", Measure.BLACKLIST), details).record().orElseThrow();
    MeasureRecord warn = before.take(before.propose("c1", Measure.WARNING), details).record().orElseThrow();
    before.fileAppeal(bl.measureId(), Fixture.DAY.plusDays(1));
    before.lift(warn.measureId(), LiftReason.PLATFORM_DECISION, Fixture.DAY.plusDays(2));
    before.open(DisposalCase.onNotice("u1", CaseSource.UNREACHABLE_PARTY, PartyId.of("mk-1"), PartyRole.MARKETER,
        ViolationGrade.GENERAL, Fixture.DAY, Authority.SAMR));
    MeasureRecord limit = before.take(before.propose("u1", Measure.FUNCTION_LIMIT), details).record().orElseThrow();
    before.requestLift(limit.measureId(), Fixture.DAY.plusDays(3));
    before.open(DisposalCase.onNotice("n1", CaseSource.REGULATOR_NOTICE, PartyId.of("op-2"),
        PartyRole.LIVE_ROOM_OPERATOR, ViolationGrade.MINOR, Fixture.DAY, Authority.CAC));
    before.closeWithoutMeasure("n1", "NOTICE_WITHDRAWN", Fixture.DAY);
    before.reports().stream().findFirst().ifPresent(r -> before.markSent(r.reportId(), r.dueOn()));
    List<?> missedBefore = before.checkDeadlines(Fixture.DAY.plusDays(40));
    holder[0].close();

    DisposalWorkflow after = open(id, file, clock, holder);
    assertThat(after.measures()).containsExactlyElementsOf(before.measures());
    assertThat(after.reports()).containsExactlyElementsOf(before.reports());
    assertThat(after.checkDeadlines(Fixture.DAY.plusDays(40))).isEmpty();
    assertThat(missedBefore).isNotEmpty();
    assertThatThrownBy(() -> after.propose("n1", Measure.WARNING)).isInstanceOf(EnforcementException.class);
    // the next measure of c1 gets the next id, and the restored appeal can be decided
    assertThat(after.take(after.propose("c1", Measure.WARNING), details).record().orElseThrow().measureId())
        .isEqualTo("c1.3");
    assertThat(after.decideAppeal(bl.measureId(), AppealDecision.UPHELD, Fixture.DAY.plusDays(4)).status())
        .isEqualTo(MeasureStatus.ACTIVE);
    assertThat(after.liftOnVerifiedUpdate(limit.measureId(), Fixture.DAY.plusDays(4)).status())
        .isEqualTo(MeasureStatus.LIFTED);
    assertThat(holder[0].verify().isOk()).isTrue();
    holder[0].close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117"})
  void tamperedLedger_refusesToResume(String id, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    var clock = new Fixture.SettableClock(Fixture.DAY);
    var holder = new EvidenceLedger[1];
    DisposalWorkflow wf = open(id, file, clock, holder);
    wf.open(DisposalCase.platformFinding("c1", PartyId.of("op-1"), PartyRole.MARKETER, ViolationGrade.GRAVE,
        Fixture.DAY));
    wf.take(wf.propose("c1", Measure.BLACKLIST), MeasureDetails.of(Term.of(Fixture.DAY, Fixture.DAY), Fixture.REMEDY));
    holder[0].close();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\"BLACKLIST\"", "\"WARNING\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> open(id, file, clock, holder))
        .isInstanceOfSatisfying(EnforcementException.class,
            e -> assertThat(e.code()).isEqualTo(EnforcementError.LEDGER_UNTRUSTED));
  }
}
