package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurriculaTest {

  @Test
  void order117CurriculumIsTheContractList() {
    assertThat(Curricula.bundled().forProfile(RegulationProfiles.get(ProfileId.ORDER_117)).modules())
        .extracting(ModuleId::value)
        .containsExactly("NETWORK_TRANSACTION_LAW", "NETWORK_INFORMATION_SECURITY_LAW", "PRODUCT_QUALITY_SAFETY",
            "CONSUMER_RIGHTS", "PLATFORM_RULES");
  }

  @Test
  void draftCurriculumIsTheContractList() {
    assertThat(Curricula.bundled().forProfile(RegulationProfiles.get(ProfileId.DRAFT_2025)).modules())
        .extracting(ModuleId::value)
        .containsExactly("LAWS_AND_REGULATIONS", "PRODUCT_QUALITY_SAFETY", "CONSUMER_RIGHTS", "VIOLATION_HANDLING",
            "PLATFORM_RULES");
  }

  @Test
  void customCurriculaMustCoverEveryText() {
    var only117 = Map.of(LegalText.ORDER_117, new Curriculum(LegalText.ORDER_117, List.of(ModuleId.of("X"))));
    assertThatThrownBy(() -> Curricula.of(only117)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DRAFT_2025");
  }

  @Test
  void curriculumRejectsDuplicatesAndBadIds() {
    assertThatThrownBy(() -> new Curriculum(LegalText.ORDER_117, List.of(ModuleId.of("A"), ModuleId.of("A"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModuleId.of("consumer rights")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearlyStudyRolesAreTextData() {
    assertThat(YearlyStudyCheck.coveredRoles(RegulationProfiles.get(ProfileId.ORDER_117)))
        .containsExactlyInAnyOrder(io.github.zhibo.core.party.PartyRole.LIVE_ROOM_OPERATOR,
            io.github.zhibo.core.party.PartyRole.MARKETER_AGENCY);
    assertThat(YearlyStudyCheck.coveredRoles(RegulationProfiles.get(ProfileId.DRAFT_2025)))
        .containsExactly(io.github.zhibo.core.party.PartyRole.MARKETER_AGENCY);
  }
}
