package io.github.zhibo.identity.archive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One verification in a record's history (核验记录): when, through which channel, what it found, and a
 * reference to the channel's own evidence. Holds no personal data.
 *
 * @param on the day of the verification
 * @param channel the channel id, e.g. {@code PERSON} or {@code ORGANISATION}
 * @param outcome what it found
 * @param evidenceRef the channel's reference for the check (a request id), never an identity number
 */
public record VerificationEntry(LocalDate on, String channel, VerificationOutcome outcome, String evidenceRef) {

  /** Validates the parts: channel {@code [A-Z][A-Z0-9_]{0,31}}, evidence reference 1-128 characters. */
  public VerificationEntry {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(evidenceRef, "evidenceRef");
    if (!channel.matches("[A-Z][A-Z0-9_]{0,31}")) {
      throw new IllegalArgumentException("a channel id is UPPER_SNAKE, at most 32 characters");
    }
    if (evidenceRef.isEmpty() || evidenceRef.length() > 128) {
      throw new IllegalArgumentException("an evidence reference is 1-128 characters");
    }
  }
}
