package io.github.zhibo.enforcement;

/** Where a measure stands. */
public enum MeasureStatus {
  /** In force. */
  ACTIVE,
  /** In force while an appeal is reviewed (复核). */
  UNDER_APPEAL,
  /** The subject updated its information and asked for lifting; in force until the update is verified. */
  LIFT_REQUESTED,
  /** No longer in force. */
  LIFTED;

  /** Whether the measure still binds the subject. */
  public boolean inForce() {
    return this != LIFTED;
  }
}
