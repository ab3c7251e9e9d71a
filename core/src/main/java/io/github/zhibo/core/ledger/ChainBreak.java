package io.github.zhibo.core.ledger;

import java.util.Objects;

/**
 * The first place a ledger's chain is broken.
 *
 * @param position 1-based position in storage order (the line number for a JSON-lines file); for an intact
 *     chain this equals the sequence number the record there should have
 * @param reason what is wrong there
 * @param detail a short explanation for operators; never quotes record content
 */
public record ChainBreak(long position, BreakReason reason, String detail) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public ChainBreak {
    if (position < 1) {
      throw new IllegalArgumentException("position must be >= 1: " + position);
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
