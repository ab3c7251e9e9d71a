package io.github.zhibo.examples.golive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.Curricula;
import io.github.zhibo.training.IntegrityFlag;
import io.github.zhibo.training.RaisedFlag;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.TrainingRules;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoLiveComponentsTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Environment env = Environment.of(GoLiveGateTest.CLOCK).withExecutor(pool);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  static List<RegulationProfile> profiles() {
    return GoLiveGateTest.profiles();
  }

  private static TrainingRecord trained(String id, RegulationProfile p, List<RaisedFlag> flags) {
    var completions = Curricula.bundled().forProfile(p).modules().stream()
        .map(m -> Completion.passed(m, LocalDate.of(2026, 5, 1))).toList();
    return new TrainingRecord(PartyId.of(id), Optional.empty(), completions, flags);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void trainedMarketersGoLive(RegulationProfile p) {
    var source = TrainingRecordSource.of(Map.of(PartyId.of("m1"), trained("m1", p, List.of()),
        PartyId.of("m2"), trained("m2", p, List.of())));
    var gate = GoLiveGate.builder().environment(env).component(GoLiveComponents.training(source, env)).build();
    assertThat(gate.decide(GoLiveGateTest.REQUEST, p).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void anUntrainedOrCheatingMarketerIsDeniedWithTheArticleOfTheProfile(RegulationProfile p) {
    var source = TrainingRecordSource.of(Map.of(PartyId.of("m1"),
        trained("m1", p, List.of(RaisedFlag.active(IntegrityFlag.CHEATING)))));
    var gate = GoLiveGate.builder().environment(env).component(GoLiveComponents.training(source, env)).build();
    var d = gate.decide(GoLiveGateTest.REQUEST, p);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).extracting(Finding::rule)
        .containsExactly(TrainingRules.CHEATING, TrainingRules.FIRST_LIVE_INCOMPLETE);
    assertThat(d.findings()).allSatisfy(f -> assertThat(f.article()).contains(p.requireArticle(Obligation.MARKETER_TRAINING)));
    assertThat(d.findings().get(1).path()).hasValueSatisfying(x -> assertThat(x.value()).isEqualTo("marketers[1]"));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aBrokenRecordStoreIsReview(RegulationProfile p) {
    TrainingRecordSource broken = id -> {
      throw new IllegalStateException("down");
    };
    var gate = GoLiveGate.builder().environment(env).component(GoLiveComponents.training(broken, env)).build();
    assertThat(gate.decide(GoLiveGateTest.REQUEST, p).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(RegulationProfiles.get(ProfileId.ORDER_117)).isNotNull();
  }
}
