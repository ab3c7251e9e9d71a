package io.github.zhibo.core.time.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Gregorian dates of one year's statutory holidays that follow the Chinese calendar or a solar term.
 *
 * @param springFestival 正月初一; the statutory rest runs from the day before (除夕) to 初三
 * @param qingming the day of the Qingming solar term
 * @param dragonBoat 五月初五
 * @param midAutumn 八月十五
 */
public record LunarDates(LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {

  /** Checks that every date lies in one Gregorian year. */
  public LunarDates {
    int year = springFestival.getYear();
    for (LocalDate d : List.of(qingming, dragonBoat, midAutumn)) {
      if (Objects.requireNonNull(d).getYear() != year) {
        throw new IllegalArgumentException("dates of different years: " + springFestival + ", " + d);
      }
    }
  }

  /** The year these dates belong to. */
  public int year() {
    return springFestival.getYear();
  }
}
