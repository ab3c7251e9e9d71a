package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wiring, value validation and messages. */
class BuilderTest {

  @Test
  void build_withoutLedger_failsClosed() {
    assertThatThrownBy(() -> DisposalWorkflow.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_tableOfAnotherProfile_isRejected() {
    var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(Clock.systemUTC()).build();
    var draftTable = ProportionalityTable.defaults(RegulationProfiles.get(ProfileId.DRAFT_2025));
    assertThatThrownBy(() -> DisposalWorkflow.builder().profile(RegulationProfiles.get(ProfileId.ORDER_117))
        .table(draftTable).ledger(ledger).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_defaults_useTheDefaultProfileAndItsTable() {
    var ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(Clock.systemUTC()).build();
    var wf = DisposalWorkflow.builder().ledger(ledger).build();
    assertThat(wf.profile().id()).isEqualTo(RegulationProfiles.defaultProfile().id());
    assertThat(wf.table().profile()).isEqualTo(wf.profile().id());
  }

  @Test
  void open_partyIdShapedLikeAPhoneNumber_isRefusedForTheLedger() {
    var f = Fixture.of("ORDER_117");
    assertThatThrownBy(() -> f.open(DisposalCase.platformFinding("c1", PartyId.of("13800138000"),
        PartyRole.MARKETER, ViolationGrade.MINOR, Fixture.DAY))).isInstanceOf(IllegalArgumentException.class);
    assertThat(f.ledger.records()).isEmpty();
  }

  @Test
  void disposalCase_rejectsPlatformAsSubject_andAMissingNotifier() {
    assertThatThrownBy(() -> DisposalCase.platformFinding("c1", PartyId.of("p"), PartyRole.PLATFORM,
        ViolationGrade.MINOR, Fixture.DAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DisposalCase("c1", CaseSource.REGULATOR_NOTICE, PartyId.of("p"),
        PartyRole.MARKETER, ViolationGrade.MINOR, Fixture.DAY, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DisposalCase.platformFinding("bad ref", PartyId.of("p"), PartyRole.MARKETER,
        ViolationGrade.MINOR, Fixture.DAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void values_validateTheirParts() {
    assertThatThrownBy(() -> Term.of(Fixture.DAY, Fixture.DAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RemedyRoute(RemedyRoute.Channel.PLATFORM_APPEAL, "r", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsumerOrders.handled(-1, ConsumerOrders.REQUIRED, "p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportPeriod(Fixture.DAY, Fixture.DAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messages_everyKeyHasEnglishAndChinese_andRendersAFinding() {
    var messages = DisposalWorkflow.messages();
    assertThat(messages.keys()).isNotEmpty();
    assertThat(messages.chineseKeys()).containsExactlyInAnyOrderElementsOf(messages.keys());
    var f = Fixture.of("ORDER_117");
    f.notice("c1", "op-1", ViolationGrade.MINOR);
    var finding = f.workflow.propose("c1", io.github.zhibo.core.regulation.Measure.BLACKLIST).decision().findings().get(0);
    assertThat(messages.keys()).contains(finding.messageKey());
    assertThat(messages.render(finding, Locale.ENGLISH)).contains("BLACKLIST").contains("MINOR")
        .doesNotContain("{");
    assertThat(messages.render(finding, Locale.CHINESE)).contains("处置措施");
  }
}
