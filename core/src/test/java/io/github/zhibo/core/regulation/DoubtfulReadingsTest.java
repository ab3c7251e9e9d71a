package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.PartyRole;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The readings the package Javadoc documents, each decided and pinned here. */
class DoubtfulReadingsTest {
  static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  @Test
  void draftArt45_3_refusedInterview_reportsTheDisposalToTheProvinceWhateverTheMeasure() {
    var duty = DRAFT.interviewRefusalReporting().orElseThrow();
    assertThat(duty.source()).hasToString("DRAFT_2025 Art. 45(3)");
    assertThat(duty.recipients()).containsExactlyInAnyOrder(
        new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR), new Recipient(RegulatorLevel.PROVINCIAL, Authority.CAC));
    assertThat(DRAFT.reportingFor(Measure.WARNING).reportable()).isFalse();   // the per-measure rule alone would not report
    assertThat(ORDER.interviewRefusalReporting()).isEmpty();
  }

  @Test
  void unreachableParties_order117IsMandatoryAndLiftsPromptly_draftIsOptionalWithABroaderTrigger() {
    var order = ORDER.unreachableParties();
    assertThat(order.measureMandatory()).isTrue();
    assertThat(order.liftPromptlyOnVerifiedUpdate()).isTrue();
    assertThat(order.recordsRequired()).isTrue();
    assertThat(order.parties()).containsExactlyInAnyOrder(PartyRole.LIVE_ROOM_OPERATOR, PartyRole.MARKETER);
    assertThat(order.triggers()).containsExactly(UnreachablePartyRule.Trigger.UNREACHABLE_AT_ADDRESS);
    assertThat(order.allows(Measure.TRAFFIC_LIMIT, ORDER.measures())).isTrue();
    assertThat(order.liftSource()).hasToString("ORDER_117 Art. 22(4)");

    var draft = DRAFT.unreachableParties();
    assertThat(draft.measureMandatory()).isFalse();
    assertThat(draft.parties()).containsExactly(PartyRole.SELLER);
    assertThat(draft.triggers()).contains(UnreachablePartyRule.Trigger.ABNORMAL_OPERATION_LIST);
    assertThat(draft.escalatesWhen()).contains(UnreachablePartyRule.Escalation.NOT_COOPERATING);
    // the two measures the draft names outside its ladder, and nothing from the ladder
    assertThat(draft.namedMeasures()).containsExactly(Measure.SERVICE_SUSPENSION, Measure.WARNING_LABEL);
    assertThat(DRAFT.measures()).doesNotContain(Measure.SERVICE_SUSPENSION, Measure.WARNING_LABEL);
    assertThat(draft.allows(Measure.ACCOUNT_CLOSURE, DRAFT.measures())).isFalse();
    assertThat(draft.measureSource()).hasToString("DRAFT_2025 Art. 15(2)");
  }

  @Test
  void theDengAfterTheHeavyMeasures_closesTheList_andAPlatformMayTightenIt() {
    // Order 117 Art. 12 ¶3: closure, re-registration ban and blacklist also go to the province; 等 read as closed.
    assertThat(ORDER.reportingFor(Measure.FIXED_TERM_SUSPENSION).recipients())
        .doesNotContain(new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR));
    var strict = RegulationProfiles.derive("acme", new StringReader("profile.format=1\nprofile.id=ACME\nprofile.version=1\n"
        + "profile.basedOn=ORDER_117\nreporting.FIXED_TERM_SUSPENSION=COUNTY_OR_ABOVE:SAMR,COUNTY_OR_ABOVE:CAC,PROVINCIAL:SAMR,PROVINCIAL:CAC\n"));
    assertThat(strict.reportingFor(Measure.FIXED_TERM_SUSPENSION).recipients())
        .contains(new Recipient(RegulatorLevel.PROVINCIAL, Authority.SAMR));
    assertThatThrownBy(() -> RegulationProfiles.derive("loose", new StringReader("profile.format=1\nprofile.id=LOOSE\n"
        + "profile.version=1\nprofile.basedOn=ORDER_117\nreporting.BLACKLIST=COUNTY_OR_ABOVE:SAMR\n")))
        .isInstanceOf(RegulationProfileException.class).hasMessageContaining("ZB-REG-0009");
  }

  @Test
  void deadlinesWhoseStartTheTextDoesNotState_areFlagged() {
    assertThat(ORDER.platformChangeCheck().orElseThrow().anchorStated()).isFalse();
    assertThat(ORDER.unreachablePartyReminder().anchorStated()).isTrue();
    assertThat(DRAFT.changeReport().anchorStated()).isTrue();
  }
}
