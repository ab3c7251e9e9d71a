package io.github.zhibo.core.time;

import java.util.List;
import java.util.Objects;

/**
 * Where one loaded year's schedule came from, for evidence and for the operator deciding whether a newer
 * notice (a mid-year amendment has happened, e.g. in 2015, 2019 and 2020) must be loaded.
 *
 * @param year the year of the State Council notice; its schedule may also list late-December days of the
 *     year before
 * @param version the data version stated by the schedule's supplier (bundled data: the holiday-cn tag)
 * @param notices the addresses of the State Council notices the schedule reproduces, in order
 */
public record ScheduleInfo(int year, String version, List<String> notices) {

  /** Validates the components and copies the list. */
  public ScheduleInfo {
    Objects.requireNonNull(version, "version");
    notices = List.copyOf(notices);
    if (version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
  }
}
