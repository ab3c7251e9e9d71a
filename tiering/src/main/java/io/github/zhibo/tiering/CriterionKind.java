package io.github.zhibo.tiering;

/** What a criterion in a decision's explanation did. */
public enum CriterionKind {
  /** A tier rule that fired: the room is at least in its tier. */
  TIER,
  /** A tier rule that did not fire but whose keep threshold held the room's previous tier (hysteresis). */
  TIER_HOLD,
  /** A key-subject trigger that fired. */
  KEY_SUBJECT,
  /** A key-subject trigger that did not fire but whose keep threshold kept the previous key status. */
  KEY_SUBJECT_HOLD
}
