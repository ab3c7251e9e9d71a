package io.github.zhibo.training;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

final class Fixtures {

  private Fixtures() {}

  static Stream<RegulationProfile> profiles() {
    return Stream.of(RegulationProfiles.get(ProfileId.ORDER_117), RegulationProfiles.get(ProfileId.DRAFT_2025));
  }

  static Clock clockAt(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).atZone(ChinaZone.ZONE).toInstant(), ChinaZone.ZONE);
  }

  static CheckContext context(RegulationProfile profile, LocalDate asOf) {
    return CheckContext.of(profile, clockAt(asOf));
  }

  static CheckContext context(RegulationProfile profile, LocalDate asOf, TrainingYear year) {
    return context(profile, asOf).withParameters(
        PlatformParameters.defaults().with("test", TrainingParameters.TRAINING_YEAR, year));
  }

  static List<ModuleId> curriculum(RegulationProfile profile) {
    return Curricula.bundled().forProfile(profile).modules();
  }

  /** Passed completions of every module of {@code profile}'s curriculum on {@code day}. */
  static List<Completion> allPassed(RegulationProfile profile, LocalDate day) {
    return curriculum(profile).stream().map(m -> Completion.passed(m, day)).toList();
  }
}
