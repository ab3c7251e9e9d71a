package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarketersCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final PartyId TRAINED = PartyId.of("m1");
  private static final PartyId UNKNOWN = PartyId.of("m2");

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void everyMarketerIsCheckedAndFindingsArePlaced(RegulationProfile profile) {
    var source = TrainingRecordSource.of(Map.of(TRAINED,
        new TrainingRecord(TRAINED, Optional.empty(), Fixtures.allPassed(profile, AS_OF), List.of())));
    var check = TrainingGate.create().forMarketers(source);
    assertThat(check.check(List.of(TRAINED), Fixtures.context(profile, AS_OF)).outcome()).isEqualTo(Outcome.ALLOW);
    var d = check.check(List.of(TRAINED, UNKNOWN), Fixtures.context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(TrainingRules.FIRST_LIVE_INCOMPLETE);
      assertThat(f.path()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("marketers[1]"));
    });
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aFailingSourceIsReviewNeverAllow(RegulationProfile profile) {
    TrainingRecordSource broken = id -> {
      throw new IllegalStateException("db down for " + id);
    };
    var d = TrainingGate.create().forMarketers(broken).check(List.of(TRAINED), Fixtures.context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings()).extracting(Finding::rule).containsExactly(TrainingRules.RECORD_UNAVAILABLE);
    assertThat(d.findings().get(0).toString()).doesNotContain("db down");
  }
}
