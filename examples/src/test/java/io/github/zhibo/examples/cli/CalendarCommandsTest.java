package io.github.zhibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code calendar} commands; expected dates are the worked vectors of the calendar research note. */
class CalendarCommandsTest {

  @ParameterizedTest
  @CsvSource({
    "2025-09-30, 5, 2025-10-14",
    "2026-02-12, 5, 2026-02-26",
    "2026-01-01, 5, 2026-01-08",
    "2026-04-30, 3, 2026-05-08",
    "2025-09-26, 3, 2025-09-30",
    "2026-03-10, 0, 2026-03-10"
  })
  void addWorkingDays(String start, String n, String expected) {
    CliRun run = CliRun.of("", "calendar", "add-working-days", start, n);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-04, true",   // Sunday, make-up working day
    "2026-01-01, false",  // New Year
    "2026-02-14, true",   // Saturday, make-up working day
    "2026-02-16, false",  // Spring Festival
    "2025-10-11, true",   // Saturday, make-up working day
    "2025-10-08, false",  // National Day
    "2026-11-28, false",  // plain Saturday
    "2026-11-27, true"    // plain Friday
  })
  void isWorkingDay(String date, String expected) {
    CliRun run = CliRun.of("", "calendar", "is-working-day", date);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "add-working-days, 2026-13-01, 3, DATE",
    "add-working-days, 2026-02-30, 3, DATE",
    "add-working-days, 20260101, 3, DATE",
    "add-working-days, 2026-01-05, -1, N",
    "add-working-days, 2026-01-05, x, N",
    "add-working-days, 2026-12-29, 5, 2027"
  })
  void badInputIsExitTwoWithOneLineNamingTheField(String cmd, String date, String n, String named) {
    CliRun run = CliRun.of("", "calendar", cmd, date, n);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1).first().asString().contains(named);
  }

  @ParameterizedTest
  @CsvSource({"2026-02-29, zhibo: DATE", "yesterday, zhibo: DATE", "2027-03-01, zhibo: no working-day data for 2027"})
  void isWorkingDayRejectsBadOrUncoveredDates(String date, String message) {
    CliRun run = CliRun.of("", "calendar", "is-working-day", date);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith(message);
  }

  @ParameterizedTest
  @CsvSource({"add-working-days, 2026-01-05", "is-working-day, ''"})
  void missingArgumentIsBadUsage(String cmd, String date) {
    CliRun run = date.isEmpty() ? CliRun.of("", "calendar", cmd) : CliRun.of("", "calendar", cmd, date);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
  }
}
