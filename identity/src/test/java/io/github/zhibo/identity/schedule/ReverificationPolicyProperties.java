package io.github.zhibo.identity.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the due day under both profiles, over every anchor day of 2020-2035 (seeded). */
class ReverificationPolicyProperties {

  private static final long SEED = 20260331L;
  private static final int FIRST = (int) LocalDate.of(2020, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2035, 12, 31).toEpochDay();

  @Test
  void dueDayIsTheSameDayOfTheMonthOrTheMonthEnd() {
    for (RegulationProfile profile : List.of(Fixtures.ORDER_117, Fixtures.DRAFT_2025)) {
      var policy = ReverificationPolicy.of(profile);
      long months = policy.interval().toTotalMonths();
      qt().withFixedSeed(SEED).withExamples(2_000).forAll(integers().between(FIRST, LAST)).checkAssert(day -> {
        LocalDate anchor = LocalDate.ofEpochDay(day);
        LocalDate due = policy.nextDue(anchor);
        assertThat(YearMonth.from(due)).isEqualTo(YearMonth.from(anchor).plusMonths(months));
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(anchor.getDayOfMonth(), due.lengthOfMonth()));
      });
    }
  }

  @Test
  void aLaterVerificationNeverFallsDueEarlier() {
    for (RegulationProfile profile : List.of(Fixtures.ORDER_117, Fixtures.DRAFT_2025)) {
      var policy = ReverificationPolicy.of(profile);
      qt().withFixedSeed(SEED).withExamples(2_000)
          .forAll(integers().between(FIRST, LAST), integers().between(0, 400))
          .checkAssert((day, gap) -> {
            LocalDate a = LocalDate.ofEpochDay(day);
            assertThat(policy.nextDue(a.plusDays(gap))).isAfterOrEqualTo(policy.nextDue(a));
          });
    }
  }
}
