package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change of an operator's displayed information and what happened since: the operator's report to the
 * platform (3 working days in both texts) and, under ORDER_117, the platform's check and re-publication
 * (7 working days, Art. 15, counted from the report).
 *
 * @param operator the operator
 * @param changedOn the day the information changed
 * @param reportedOn the day the platform received the operator's report, if it has
 * @param platformCheckedOn the day the platform verified it and updated the display, if it has
 */
public record ChangeReport(PartyId operator, LocalDate changedOn, @Nullable LocalDate reportedOn,
    @Nullable LocalDate platformCheckedOn) {

  /** Validates the order of the days. */
  public ChangeReport {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(changedOn, "changedOn");
    if (reportedOn != null && reportedOn.isBefore(changedOn)) {
      throw new IllegalArgumentException("a change cannot be reported before it happened");
    }
    if (platformCheckedOn != null && (reportedOn == null || platformCheckedOn.isBefore(reportedOn))) {
      throw new IllegalArgumentException("the platform checks a change after its report");
    }
  }
}
