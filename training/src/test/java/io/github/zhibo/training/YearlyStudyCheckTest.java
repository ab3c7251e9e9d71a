package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YearlyStudyCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
  private final YearlyStudyCheck check = YearlyStudyCheck.create();

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void agencyWithStudyThisYearPasses(RegulationProfile profile) {
    var r = new StudyRecord(PartyId.of("mcn-1"), PartyRole.MARKETER_AGENCY, List.of(LocalDate.of(2026, 3, 1)));
    assertThat(check.check(r, Fixtures.context(profile, AS_OF)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void agencyWithoutStudyThisYearIsReviewedCitingArticle10Paragraph2(RegulationProfile profile) {
    var r = new StudyRecord(PartyId.of("mcn-1"), PartyRole.MARKETER_AGENCY, List.of(LocalDate.of(2025, 8, 31)));
    var d = check.check(r, Fixtures.context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings().get(0).rule()).isEqualTo(TrainingRules.YEARLY_STUDY_MISSING);
    assertThat(d.findings().get(0).article()).contains(profile.requireArticle(Obligation.YEARLY_STUDY));
    assertThat(d.findings().get(0).article().orElseThrow().toString()).endsWith("Art. 10(2)");
  }

  @Test
  void roomOperatorsOweStudyUnderOrder117Only() {
    var r = new StudyRecord(PartyId.of("op-1"), PartyRole.LIVE_ROOM_OPERATOR, List.of());
    assertThat(check.check(r, Fixtures.context(RegulationProfiles.get(ProfileId.ORDER_117), AS_OF)).outcome())
        .isEqualTo(Outcome.REVIEW);
    assertThat(check.check(r, Fixtures.context(RegulationProfiles.get(ProfileId.DRAFT_2025), AS_OF)).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void calendarYearIsConfigurable(RegulationProfile profile) {
    var r = new StudyRecord(PartyId.of("mcn-1"), PartyRole.MARKETER_AGENCY, List.of(LocalDate.of(2025, 12, 1)));
    assertThat(check.check(r, Fixtures.context(profile, LocalDate.of(2026, 2, 1), TrainingYear.ROLLING)).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(check.check(r, Fixtures.context(profile, LocalDate.of(2026, 2, 1), TrainingYear.CALENDAR)).outcome())
        .isEqualTo(Outcome.REVIEW);
  }
}
