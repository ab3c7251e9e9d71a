package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgencyTrainingCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  private static AgencyRoster roster(List<LocalDate> first, List<LocalDate> second) {
    var m = new LinkedHashMap<PartyId, List<LocalDate>>();
    m.put(PartyId.of("m1"), first);
    m.put(PartyId.of("m2"), second);
    return new AgencyRoster(PartyId.of("mcn-1"), m);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void everyMarketerTrainedThisYearPasses(RegulationProfile profile) {
    var r = roster(List.of(LocalDate.of(2026, 1, 5)), List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 30)));
    assertThat(AgencyTrainingCheck.create().check(r, Fixtures.context(profile, AS_OF)).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void anUntrainedMarketerIsReviewedAtItsPlaceCitingTheAgencyArticle(RegulationProfile profile) {
    var r = roster(List.of(LocalDate.of(2026, 1, 5)), List.of(LocalDate.of(2025, 5, 31)));
    var d = AgencyTrainingCheck.create().check(r, Fixtures.context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    Finding f = d.findings().get(0);
    assertThat(f.rule()).isEqualTo(AgencyTrainingCheck.RULE);
    assertThat(f.path()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("marketers[1]"));
    assertThat(f.article()).contains(profile.requireArticle(Obligation.AGENCY_MARKETER_MANAGEMENT));
    assertThat(TrainingRules.messages().render(f, Locale.ENGLISH)).contains("2025-06-01");
  }
}
