package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyCategory;
import io.github.zhibo.core.party.PartyField;
import io.github.zhibo.core.party.PartyRole;
import org.junit.jupiter.api.Test;

/** Registration, report and disclosure field sets are profile data and follow each text. */
class FieldSetTest {
  static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  @Test
  void registration_order117AddsQualificationsAndOccupationForMarketers_draftAddsMarketAccess() {
    var marketer = ORDER.fieldSet(FieldSet.Purpose.REGISTRATION, PartyCategory.MARKETER).orElseThrow();
    assertThat(marketer.fields()).contains(PartyField.HABITUAL_RESIDENCE, PartyField.PROFESSIONAL_QUALIFICATION,
        PartyField.OCCUPATION_OR_POSITION);
    assertThat(marketer.source()).hasToString("ORDER_117 Art. 8(2)");
    var operator = ORDER.fieldSet(FieldSet.Purpose.REGISTRATION, PartyCategory.OPERATOR_ORGANIZATION).orElseThrow();
    assertThat(operator.requires(PartyField.ACTUAL_BUSINESS_ADDRESS)).isTrue();
    assertThat(DRAFT.fieldSet(FieldSet.Purpose.REGISTRATION, PartyCategory.MARKETER).orElseThrow()
        .requires(PartyField.MARKET_ACCESS_QUALIFICATION)).isTrue();
    assertThat(ORDER.fieldSet(FieldSet.Purpose.REGISTRATION, PartyCategory.SELLER)).isEmpty();
  }

  @Test
  void disclosure_order117PublishesPerKind_draftKeepsNaturalPersonsInTheBackOffice() {
    var ib = ORDER.fieldSet(FieldSet.Purpose.DISCLOSURE, PartyCategory.OPERATOR_INDIVIDUAL_BUSINESS).orElseThrow();
    assertThat(ib.fields()).containsExactly(PartyField.NAME, PartyField.OPERATOR_NAME, PartyField.USCC,
        PartyField.BUSINESS_PLACE, PartyField.ORGANISATION_FORM);
    assertThat(ib.shownPublicly()).isTrue();
    var person = ORDER.fieldSet(FieldSet.Purpose.DISCLOSURE, PartyCategory.OPERATOR_NATURAL_PERSON).orElseThrow();
    assertThat(person.requires(PartyField.ID_NUMBER)).isFalse();
    assertThat(person.shownPublicly()).isTrue();
    var draftPerson = DRAFT.fieldSet(FieldSet.Purpose.DISCLOSURE, PartyCategory.OPERATOR_NATURAL_PERSON).orElseThrow();
    assertThat(draftPerson.shownPublicly()).isFalse();
    assertThat(draftPerson.requires(PartyField.ID_NUMBER)).isTrue();
    assertThat(draftPerson.source()).hasToString("DRAFT_2025 Art. 22(2)");
  }

  @Test
  void reportSections_mapRolesAndRegistration() {
    assertThat(ReportSection.of(PartyRole.LIVE_ROOM_OPERATOR, false)).isEqualTo(ReportSection.UNREGISTERED_OPERATORS);
    assertThat(ReportSection.of(PartyRole.LIVE_ROOM_OPERATOR, true)).isEqualTo(ReportSection.REGISTERED_OPERATORS);
    assertThat(ORDER.identityReport().category(ReportSection.SELLERS)).isEmpty();
    assertThat(DRAFT.identityReport().category(ReportSection.SELLERS).orElseThrow().fields())
        .contains(PartyField.ADMINISTRATIVE_LICENCE);
    assertThat(PartyCategory.ofOperator(io.github.zhibo.core.party.OperatorKind.NATURAL_PERSON))
        .isEqualTo(PartyCategory.OPERATOR_NATURAL_PERSON);
  }
}
