package io.github.zhibo.blacklist;

/** The result of reviewing an appeal (申诉复核). */
public enum AppealOutcome {
  /** The listing stands. */
  UPHELD,
  /** The listing is withdrawn: the entry is removed and its related measures lifted. */
  OVERTURNED
}
