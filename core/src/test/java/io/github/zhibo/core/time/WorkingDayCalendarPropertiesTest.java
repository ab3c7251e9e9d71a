package io.github.zhibo.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of {@code addWorkingDays} over random starts in the bundled range, checked day by day
 * against {@code isWorkingDay}. Each case carries its seed in its display name and in every failure
 * message; rerun a failure with that seed.
 */
class WorkingDayCalendarPropertiesTest {

  private static final long MASTER_SEED = 0x5EED_CA1L;
  private static final int CASES = 300;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  /** Late enough that n = 40 working days still ends inside 2026. */
  private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

  private final WorkingDayCalendar cal = WorkingDayCalendar.chinaMainland();

  static Stream<Long> seeds() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    return LongStream.generate(master::nextLong).limit(CASES).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addWorkingDays_invariants(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = FIRST.minusDays(1).plusDays(r.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 2));
    String why = "seed " + seed + ", start " + start;
    LocalDate previous = start;
    for (int n = 0; n <= 40; n++) {
      LocalDate result = cal.addWorkingDays(start, n);
      String at = why + ", n " + n + " → " + result;
      if (n == 0) {
        assertThat(result).as(at).isEqualTo(start);
        continue;
      }
      assertThat(cal.isWorkingDay(result)).as(at + ": result is a working day").isTrue();
      assertThat(result).as(at + ": strictly after start").isAfter(start);
      assertThat(result).as(at + ": strictly increasing in n").isAfter(previous);
      assertThat(workingDaysIn(start, result)).as(at + ": working days in (start, result]").isEqualTo(n);
      previous = result;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rollForward_isFirstWorkingDayOnOrAfter(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate d = FIRST.plusDays(r.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 1));
    LocalDate rolled = cal.rollForward(d);
    String why = "seed " + seed + ", date " + d + " → " + rolled;
    assertThat(cal.isWorkingDay(rolled)).as(why).isTrue();
    assertThat(rolled).as(why).isAfterOrEqualTo(d);
    assertThat(workingDaysIn(d.minusDays(1), rolled.minusDays(1))).as(why + ": none skipped").isZero();
  }

  private int workingDaysIn(LocalDate exclusiveStart, LocalDate inclusiveEnd) {
    int n = 0;
    for (LocalDate d = exclusiveStart.plusDays(1); !d.isAfter(inclusiveEnd); d = d.plusDays(1)) {
      n += cal.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }
}
