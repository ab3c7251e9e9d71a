package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.VerificationOutcome;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subject's place in the due set: when its re-verification falls due and what the attempts since then
 * found. An entry stays in the due set until a verification succeeds, which replaces it with a fresh entry
 * due one interval later; failures only add to it. Holds no personal data.
 *
 * @param subject the party
 * @param role its role
 * @param dueOn the day the re-verification falls due
 * @param failedAttempts runs since {@code dueOn} whose verification did not succeed
 * @param lastOutcome the last non-successful outcome, if any
 * @param lastAttemptOn the day of the last attempt, if any
 * @param escalated whether the grace period ran out and the escalation was made (made once per due day)
 */
public record DueEntry(PartyId subject, ArchiveRole role, LocalDate dueOn, int failedAttempts,
    @Nullable VerificationOutcome lastOutcome, @Nullable LocalDate lastAttemptOn, boolean escalated) {

  /** Validates the parts. */
  public DueEntry {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dueOn, "dueOn");
    if (failedAttempts < 0) {
      throw new IllegalArgumentException("failedAttempts must be >= 0");
    }
    if (lastOutcome == VerificationOutcome.MATCH) {
      throw new IllegalArgumentException("a successful verification replaces the entry; it is never a failure");
    }
  }

  /** A fresh entry due on {@code dueOn}. */
  public static DueEntry of(PartyId subject, ArchiveRole role, LocalDate dueOn) {
    return new DueEntry(subject, role, dueOn, 0, null, null, false);
  }

  /** This entry after an unsuccessful attempt on {@code on}. */
  public DueEntry failed(VerificationOutcome outcome, LocalDate on) {
    if (outcome == VerificationOutcome.MATCH) {
      throw new IllegalArgumentException("MATCH is not a failure");
    }
    return new DueEntry(subject, role, dueOn, failedAttempts + 1, outcome, on, escalated);
  }

  /** This entry, marked as escalated. */
  public DueEntry markEscalated() {
    return new DueEntry(subject, role, dueOn, failedAttempts, lastOutcome, lastAttemptOn, true);
  }

  /** The fresh entry that replaces this one after a successful verification. */
  public DueEntry verified(LocalDate nextDueOn) {
    return of(subject, role, nextDueOn);
  }
}
