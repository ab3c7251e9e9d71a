package io.github.zhibo.core.id.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The int calendar arithmetic against java.time, day by day over more than four Gregorian centuries. */
class BirthDatesTest {

  @Test
  void epochDayMatchesLocalDateForEveryDay() {
    for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() <= 2401; d = d.plusDays(1)) {
      if (d.getYear() > 3 && d.getYear() < 1599) {
        d = LocalDate.of(1599, 1, 1);
      }
      assertThat(BirthDates.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .as("%s", d)
          .isEqualTo(d.toEpochDay());
    }
  }

  @Test
  void isValidMatchesLocalDate() {
    int[] years = {1, 1600, 1700, 1800, 1900, 1999, 2000, 2004, 2023, 2024, 2100, 9999};
    for (int year : years) {
      for (int month = -1; month <= 14; month++) {
        for (int day = -1; day <= 32; day++) {
          assertThat(BirthDates.isValid(year, month, day))
              .as("%d-%d-%d", year, month, day)
              .isEqualTo(isRealDate(year, month, day));
        }
      }
    }
  }

  private static boolean isRealDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
