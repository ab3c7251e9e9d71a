package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party the regulator could not reach at its registered address and notified the platform about
 * (ORDER_117 Art. 22; DRAFT_2025 Art. 15), and what the platform did: the reminder (5 working days from the
 * notice), a measure if the party still did not update, and lifting the measure once an update is verified.
 *
 * @param party the operator or marketer (a seller under the draft)
 * @param noticeReceivedOn the day the platform received the regulator's notice
 * @param remindedOn the day the platform reminded the party, if it has
 * @param updatedOn the day the party updated its information, if it has
 * @param measureTakenOn the day the platform took a measure, if it has
 * @param updateVerifiedOn the day the platform verified the party's update after a measure (核验无误), if it has
 * @param liftedOn the day the measure was lifted, if it has
 */
public record UnreachableCase(PartyId party, LocalDate noticeReceivedOn, @Nullable LocalDate remindedOn,
    @Nullable LocalDate updatedOn, @Nullable LocalDate measureTakenOn, @Nullable LocalDate updateVerifiedOn,
    @Nullable LocalDate liftedOn) {

  /** Validates the order of the days. */
  public UnreachableCase {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(noticeReceivedOn, "noticeReceivedOn");
    requireNotBefore(remindedOn, noticeReceivedOn, "reminder");
    requireNotBefore(measureTakenOn, noticeReceivedOn, "measure");
    if (liftedOn != null && measureTakenOn == null) {
      throw new IllegalArgumentException("only a measure taken can be lifted");
    }
    requireNotBefore(liftedOn, measureTakenOn, "lifting");
  }

  /** A fresh case: the notice arrived on {@code day}. */
  public static UnreachableCase notified(PartyId party, LocalDate day) {
    return new UnreachableCase(party, day, null, null, null, null, null);
  }

  /** This case with the reminder sent on {@code day}. */
  public UnreachableCase reminded(LocalDate day) {
    return new UnreachableCase(party, noticeReceivedOn, day, updatedOn, measureTakenOn, updateVerifiedOn, liftedOn);
  }

  /** This case with the party's update on {@code day}. */
  public UnreachableCase updated(LocalDate day) {
    return new UnreachableCase(party, noticeReceivedOn, remindedOn, day, measureTakenOn, updateVerifiedOn, liftedOn);
  }

  /** This case with a measure taken on {@code day}. */
  public UnreachableCase measureTaken(LocalDate day) {
    return new UnreachableCase(party, noticeReceivedOn, remindedOn, updatedOn, day, updateVerifiedOn, liftedOn);
  }

  /** This case with the update verified on {@code day}. */
  public UnreachableCase updateVerified(LocalDate day) {
    return new UnreachableCase(party, noticeReceivedOn, remindedOn, updatedOn, measureTakenOn, day, liftedOn);
  }

  /** This case with the measure lifted on {@code day}. */
  public UnreachableCase lifted(LocalDate day) {
    return new UnreachableCase(party, noticeReceivedOn, remindedOn, updatedOn, measureTakenOn, updateVerifiedOn, day);
  }

  private static void requireNotBefore(@Nullable LocalDate day, @Nullable LocalDate start, String what) {
    if (day != null && start != null && day.isBefore(start)) {
      throw new IllegalArgumentException("the " + what + " cannot come before what starts it");
    }
  }
}
