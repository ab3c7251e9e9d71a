package io.github.zhibo.core.regulation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zhibo.core.party.PartyRole;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Month arithmetic of the re-verification due date, for every profile interval a platform may derive: the
 * due date is the same day-of-month {@code k} months later, or that month's last day when it is shorter
 * (Civil Code Art. 202), and never later than {@code k} months of 31 days. QuickTheories, fixed seed.
 */
class ReverificationProperties {

  @Test
  void nextDue_isTheSameDayKMonthsLater_clampedToMonthEnd() {
    qt().withFixedSeed(20260201L).withExamples(2000)
        .forAll(integers().between((int) LocalDate.of(1990, 1, 1).toEpochDay(), (int) LocalDate.of(2090, 12, 31).toEpochDay()),
            integers().between(1, 6))
        .check((epochDay, months) -> {
          LocalDate last = LocalDate.ofEpochDay(epochDay);
          LocalDate due = derived(months).reverification().nextDue(last);
          YearMonth target = YearMonth.from(last).plusMonths(months);
          return YearMonth.from(due).equals(target)
              && due.getDayOfMonth() == Math.min(last.getDayOfMonth(), target.lengthOfMonth())
              && due.isAfter(last);
        });
  }

  private static RegulationProfile derived(int months) {
    if (months == 6) return RegulationProfiles.get(ProfileId.ORDER_117);
    RegulationProfile p = RegulationProfiles.derive("p" + months, new StringReader("profile.format=1\nprofile.id=STRICT_" + months
        + "\nprofile.version=1\nprofile.basedOn=ORDER_117\nreverification.interval=P" + months + "M\n"));
    if (!p.reverification().covers(PartyRole.LIVE_ROOM_OPERATOR)) throw new AssertionError("derived profile lost its subjects");
    return p;
  }
}
