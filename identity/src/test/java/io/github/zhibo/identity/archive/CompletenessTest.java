package io.github.zhibo.identity.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.Licence;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyField;
import io.github.zhibo.core.regulation.ReportSection;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completeness per profile: the Art. 9 field lists of each text. */
class CompletenessTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private final Completeness order = Completeness.of(Fixtures.ORDER_117);
  private final Completeness draft = Completeness.of(Fixtures.DRAFT_2025);

  @Test
  void completeRecordsOfEveryKindUnderBothProfiles() {
    for (RegistrationRecord r : List.of(Fixtures.organisation("op-1", DAY), Fixtures.person("op-2", DAY),
        Fixtures.marketer("m-1", DAY))) {
      assertThat(order.missing(r)).as(r.subjectId()).isEmpty();
      assertThat(draft.missing(r)).as(r.subjectId()).isEmpty();
    }
    assertThat(draft.isComplete(Fixtures.seller("s-1", DAY))).isTrue();
  }

  @Test
  void sectionMembership() {
    assertThat(Completeness.partyOf(Fixtures.organisation("op-1", DAY))).isEqualTo(ReportSection.REGISTERED_OPERATORS);
    assertThat(Completeness.partyOf(Fixtures.person("op-2", DAY))).isEqualTo(ReportSection.UNREGISTERED_OPERATORS);
    var registeredPerson = Fixtures.person("op-3", DAY).toBuilder().marketEntityRegistered(true).build();
    assertThat(Completeness.partyOf(registeredPerson)).isEqualTo(ReportSection.REGISTERED_OPERATORS);
    var business = Fixtures.person("op-4", DAY).toBuilder().kind(OperatorKind.INDIVIDUAL_BUSINESS).build();
    assertThat(Completeness.partyOf(business)).isEqualTo(ReportSection.REGISTERED_OPERATORS);
    assertThat(Completeness.partyOf(Fixtures.marketer("m-1", DAY))).isEqualTo(ReportSection.MARKETERS);
    assertThat(order.categoryOf(Fixtures.seller("s-1", DAY))).isEmpty();
    assertThat(draft.categoryOf(Fixtures.seller("s-1", DAY))).map(c -> c.section()).contains(ReportSection.SELLERS);
  }

  @Test
  void order117AsksMarketersForQualificationsAndOccupationTheDraftDoesNot() {
    var bare = Fixtures.marketer("m-1", DAY).toBuilder().qualifications(List.of()).occupation(null).build();
    assertThat(order.missing(bare)).containsExactly(PartyField.PROFESSIONAL_QUALIFICATION, PartyField.OCCUPATION_OR_POSITION);
    assertThat(draft.missing(bare)).isEmpty();
  }

  @Test
  void registeredOperatorNeedsAUscc() {
    var withPersonalId = Fixtures.organisation("op-1", DAY).toBuilder().id(DocumentType.RESIDENT_ID, Fixtures.RESIDENT_ID)
        .build();
    assertThat(order.missing(withPersonalId)).containsExactly(PartyField.USCC);
    assertThat(draft.missing(withPersonalId)).containsExactly(PartyField.USCC);
  }

  @Test
  void missingAddressContactAndAccountsAreListedInTheTextsOrder() {
    var bare = Fixtures.person("op-2", DAY).toBuilder().address(null).contact(" ").liveAccounts(List.of()).build();
    assertThat(order.missing(bare)).containsExactly(PartyField.ACTUAL_BUSINESS_ADDRESS, PartyField.CONTACT, PartyField.LIVE_ACCOUNT);
    assertThat(draft.missing(bare))
        .containsExactly(PartyField.DOMICILE_OR_MAIN_BUSINESS_PLACE, PartyField.CONTACT, PartyField.LIVE_ACCOUNT);
  }

  @Test
  void sellerLicencesMayBeEmptyButAreWrittenWhenPresent() {
    var seller = Fixtures.seller("s-1", DAY);
    assertThat(Completeness.value(seller, PartyField.ADMINISTRATIVE_LICENCE)).contains("");
    var licensed = seller.toBuilder().licences(List.of(new Licence("FOOD_BUSINESS", "JY1"), new Licence("X", "2")))
        .build();
    assertThat(Completeness.value(licensed, PartyField.ADMINISTRATIVE_LICENCE)).contains("FOOD_BUSINESS JY1;X 2");
    assertThat(draft.missing(seller.toBuilder().contact(null).build())).containsExactly(PartyField.CONTACT);
  }
}
