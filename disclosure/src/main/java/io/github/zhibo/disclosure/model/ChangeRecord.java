package io.github.zhibo.disclosure.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change of disclosed information and the day it was reported to the platform.
 *
 * @param changedOn the day the information changed (absent: {@code null})
 * @param reportedOn the day it was reported; absent if not yet (absent: {@code null})
 */
public record ChangeRecord(
    @Nullable LocalDate changedOn,
    @Nullable LocalDate reportedOn) {

}
