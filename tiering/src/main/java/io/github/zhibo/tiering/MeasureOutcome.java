package io.github.zhibo.tiering;

/** What the responder did with one risk signal. */
public enum MeasureOutcome {
  /** The proposed (or the grade's default) measure was permitted and taken. */
  TAKEN,
  /** The proposal was heavier than the grade permits; the heaviest permitted lighter measure was taken. */
  CAPPED,
  /** No live intervention is permitted for the grade: nothing taken, a human decides. */
  REVIEW
}
