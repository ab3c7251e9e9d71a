package io.github.zhibo.identity.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one scheduler run did. Every entry examined is exactly one of verified, mismatched, not found,
 * unavailable (left due for the next run) or conflicting (changed by someone else meanwhile, left as it is).
 *
 * @param asOf the day the run selected due entries for
 * @param examined entries taken from the due set
 * @param verified verified and moved one interval on
 * @param mismatched the channel answered MISMATCH; still due
 * @param notFound the channel answered NOT_FOUND; still due
 * @param unavailable no answer after every retry; still due
 * @param conflicts the entry changed during the run (another scheduler, a re-registration), or its subject left
 *     the archive (the entry is then dropped); not counted again
 * @param retries extra channel calls made after UNAVAILABLE
 * @param escalated entries escalated in this run
 */
public record RunReport(LocalDate asOf, long examined, long verified, long mismatched, long notFound,
    long unavailable, long conflicts, long retries, long escalated) {

  /** Validates that the outcome counts add up. */
  public RunReport {
    Objects.requireNonNull(asOf, "asOf");
    if (verified + mismatched + notFound + unavailable + conflicts != examined) {
      throw new IllegalArgumentException("outcome counts must add up to examined");
    }
  }

  /** Entries that are still due after this run (not verified, not in conflict). */
  public long stillDue() {
    return mismatched + notFound + unavailable;
  }
}
