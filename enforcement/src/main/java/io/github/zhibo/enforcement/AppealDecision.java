package io.github.zhibo.enforcement;

/** The result of reviewing an appeal against a measure. */
public enum AppealDecision {
  /** The measure stands. */
  UPHELD,
  /** The measure is withdrawn and lifted. */
  GRANTED
}
