package io.github.zhibo.training;

import static io.github.zhibo.training.Fixtures.allPassed;
import static io.github.zhibo.training.Fixtures.context;
import static io.github.zhibo.training.Fixtures.curriculum;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingGateTest {

  private static final PartyId M = PartyId.of("m1");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private final TrainingGate gate = TrainingGate.create();

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  private static TrainingRecord record(Optional<LocalDate> firstLive, List<Completion> completions, List<RaisedFlag> flags) {
    return new TrainingRecord(M, firstLive, completions, flags);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void newMarketerWithEveryModulePassedIsAllowed(RegulationProfile profile) {
    var d = gate.check(record(Optional.empty(), allPassed(profile, AS_OF.minusDays(3)), List.of()), context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.findings()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void newMarketerMissingAModuleIsDeniedWithTheModuleNamedAndTheArticleCited(RegulationProfile profile) {
    var completions = new ArrayList<>(allPassed(profile, AS_OF));
    Completion dropped = completions.remove(2);
    var a = gate.assess(record(Optional.empty(), completions, List.of()), context(profile, AS_OF));
    assertThat(a.decision().outcome()).isEqualTo(Outcome.DENY);
    Finding f = a.decision().findings().get(0);
    assertThat(f.rule()).isEqualTo(TrainingRules.FIRST_LIVE_INCOMPLETE);
    assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
    assertThat(f.article()).contains(profile.requireArticle(Obligation.MARKETER_TRAINING));
    assertThat(f.article().orElseThrow().toString()).isEqualTo(profile.id().value() + " Art. 10(1)");
    assertThat(a.missing()).containsExactly(dropped.module());
    assertThat(a.missingFor(f.rule())).containsExactly(dropped.module());
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void failedCompletionsAndCompletionsAfterTheDayCheckedDoNotCount(RegulationProfile profile) {
    var completions = new ArrayList<Completion>();
    List<ModuleId> modules = curriculum(profile);
    completions.add(Completion.failed(modules.get(0), AS_OF.minusDays(1)));
    completions.add(Completion.passed(modules.get(1), AS_OF.plusDays(1)));
    for (int i = 2; i < modules.size(); i++) {
      completions.add(Completion.passed(modules.get(i), AS_OF));
    }
    var a = gate.assess(record(Optional.empty(), completions, List.of()), context(profile, AS_OF));
    assertThat(a.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(a.missing()).containsExactly(modules.get(0), modules.get(1));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aFailedRetakeAfterAPassDoesNotUndoThePass(RegulationProfile profile) {
    var completions = new ArrayList<>(allPassed(profile, AS_OF.minusDays(10)));
    completions.add(Completion.failed(curriculum(profile).get(0), AS_OF.minusDays(1)));
    assertThat(gate.check(record(Optional.empty(), completions, List.of()), context(profile, AS_OF)).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void otherTextsModulesAreIgnored(RegulationProfile profile) {
    RegulationProfile other = profile.id().equals(ProfileId.ORDER_117)
        ? RegulationProfiles.get(ProfileId.DRAFT_2025) : RegulationProfiles.get(ProfileId.ORDER_117);
    var completions = new ArrayList<>(allPassed(profile, AS_OF));
    completions.addAll(allPassed(other, AS_OF));
    completions.add(Completion.passed(ModuleId.of("PLATFORM_EXTRA_COURSE"), AS_OF));
    assertThat(gate.check(record(Optional.empty(), completions, List.of()), context(profile, AS_OF)).outcome())
        .isEqualTo(Outcome.ALLOW);
    // only the other text's modules: the ones unique to this text are missing, the shared ones count
    var a = gate.assess(record(Optional.empty(), allPassed(other, AS_OF), List.of()), context(profile, AS_OF));
    assertThat(a.decision().outcome()).isEqualTo(Outcome.DENY);
    assertThat(a.missing()).doesNotContainAnyElementsOf(curriculum(other)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aFirstLiveAfterTheDayCheckedStillNeedsTheWholeCurriculum(RegulationProfile profile) {
    var completions = List.of(Completion.passed(curriculum(profile).get(0), AS_OF));
    var a = gate.assess(record(Optional.of(AS_OF.plusDays(7)), completions, List.of()), context(profile, AS_OF));
    assertThat(a.goneLive()).isFalse();
    assertThat(a.decision().findings()).extracting(Finding::rule).containsExactly(TrainingRules.FIRST_LIVE_INCOMPLETE);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void liveMarketerWithTrainingInTheRollingYearIsAllowed(RegulationProfile profile) {
    var completions = List.of(Completion.passed(curriculum(profile).get(3), AS_OF.minusMonths(12)));
    var d = gate.check(record(Optional.of(LocalDate.of(2024, 3, 2)), completions, List.of()), context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void liveMarketerWhoseLastTrainingIsOlderThanTheYearIsDenied(RegulationProfile profile) {
    var completions = List.of(Completion.passed(curriculum(profile).get(3), AS_OF.minusMonths(12).minusDays(1)),
        Completion.failed(curriculum(profile).get(3), AS_OF.minusDays(1)));
    var d = gate.check(record(Optional.of(LocalDate.of(2024, 3, 2)), completions, List.of()), context(profile, AS_OF));
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    Finding f = d.findings().get(0);
    assertThat(f.rule()).isEqualTo(TrainingRules.YEARLY_MISSING);
    assertThat(f.article()).contains(profile.requireArticle(Obligation.MARKETER_TRAINING));
    assertThat(f.evidence().get("lastPassedOn")).isPresent();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void calendarYearTurnsOnTheFirstOfJanuary(RegulationProfile profile) {
    var completions = List.of(Completion.passed(curriculum(profile).get(0), LocalDate.of(2025, 12, 31)));
    var rec = record(Optional.of(LocalDate.of(2025, 3, 1)), completions, List.of());
    assertThat(gate.check(rec, context(profile, LocalDate.of(2025, 12, 31), TrainingYear.CALENDAR)).outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(gate.check(rec, context(profile, LocalDate.of(2026, 1, 1), TrainingYear.CALENDAR)).outcome())
        .isEqualTo(Outcome.DENY);
    // the rolling year still covers it
    assertThat(gate.check(rec, context(profile, LocalDate.of(2026, 1, 1), TrainingYear.ROLLING)).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aFirstLiveOnTheDayCheckedCountsAsLive(RegulationProfile profile) {
    var rec = record(Optional.of(AS_OF), allPassed(profile, AS_OF.minusDays(1)), List.of());
    var a = gate.assess(rec, context(profile, AS_OF));
    assertThat(a.goneLive()).isTrue();
    assertThat(a.decision().outcome()).isEqualTo(Outcome.ALLOW);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void cheatingOrRefusalDeniesWhateverTheCompletions(RegulationProfile profile) {
    for (IntegrityFlag flag : IntegrityFlag.values()) {
      var d = gate.check(record(Optional.empty(), allPassed(profile, AS_OF), List.of(RaisedFlag.active(flag))),
          context(profile, AS_OF));
      assertThat(d.outcome()).isEqualTo(Outcome.DENY);
      assertThat(d.findings()).extracting(Finding::rule).containsExactly(TrainingRules.of(flag));
      assertThat(d.findings().get(0).article()).contains(profile.requireArticle(Obligation.MARKETER_TRAINING));
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void trainingFindingsComeBeforeFlagFindings(RegulationProfile profile) {
    var flags = List.of(RaisedFlag.active(IntegrityFlag.REFUSED), RaisedFlag.active(IntegrityFlag.CHEATING),
        RaisedFlag.active(IntegrityFlag.CHEATING));
    var d = gate.check(record(Optional.empty(), List.of(), flags), context(profile, AS_OF));
    assertThat(d.findings()).extracting(Finding::rule).containsExactly(TrainingRules.FIRST_LIVE_INCOMPLETE,
        TrainingRules.CHEATING, TrainingRules.REFUSED);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aResolvedFlagNoLongerBlocksAndAFutureFlagDoesNotYet(RegulationProfile profile) {
    RaisedFlag cheat = RaisedFlag.raised(IntegrityFlag.CHEATING, "IDENTITY_MISMATCH", AS_OF.minusDays(30));
    var completions = allPassed(profile, AS_OF.minusDays(2));
    assertThat(gate.check(record(Optional.empty(), completions, List.of(cheat.resolve(AS_OF))), context(profile, AS_OF))
        .outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(gate.check(record(Optional.empty(), completions, List.of(cheat.resolve(AS_OF.plusDays(1)))),
        context(profile, AS_OF)).outcome()).isEqualTo(Outcome.DENY);
    RaisedFlag later = RaisedFlag.raised(IntegrityFlag.REFUSED, "DECLINED", AS_OF.plusDays(1));
    assertThat(gate.check(record(Optional.empty(), completions, List.of(later)), context(profile, AS_OF)).outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void findingsAreEmittedAsEventsWithoutPersonalData() {
    var events = new CopyOnWriteArrayList<ComplianceEvent>();
    var profile = RegulationProfiles.defaultProfile();
    var g = TrainingGate.builder().environment(Environment.of(Fixtures.clockAt(AS_OF)).withListener(events::add)).build();
    g.check(TrainingRecord.none(M), context(profile, AS_OF));
    assertThat(events).hasSize(1).first().isInstanceOfSatisfying(ComplianceEvent.FindingMade.class,
        e -> assertThat(e.subject()).contains(M));
  }

  @Test
  void messagesRenderInBothLanguages() {
    var profile = RegulationProfiles.defaultProfile();
    Finding f = gate.check(TrainingRecord.none(M), context(profile, AS_OF)).findings().get(0);
    assertThat(TrainingRules.messages().render(f, java.util.Locale.ENGLISH)).contains("5 of 5").doesNotContain("{");
    assertThat(TrainingRules.messages().render(f, java.util.Locale.CHINESE)).contains("首次直播前");
  }
}
