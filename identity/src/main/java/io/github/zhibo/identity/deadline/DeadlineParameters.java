package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.param.Parameter;

/** Platform parameters for the identity deadlines the texts leave as "及时" (promptly). */
public final class DeadlineParameters {

  /**
   * Working days a reminded party has to update its information before the platform's measure is due
   * (ORDER_117 Art. 22 ¶3 "仍不及时更新"). Default 5, the same as the reminder period itself.
   */
  public static final Parameter<Integer> UNREACHABLE_UPDATE_WORKING_DAYS = Parameter.of(
      "identity.unreachable.updateWorkingDays", Integer.class, 5, v -> v >= 1 && v <= 60,
      "working days after the reminder before a party still not updated is subjected to a measure");

  /**
   * Working days after the platform verified a party's update within which the measure must be lifted
   * ("及时解除", ORDER_117 Art. 22 ¶4). Default 3, the texts' own period for change reports.
   */
  public static final Parameter<Integer> UNREACHABLE_LIFT_WORKING_DAYS = Parameter.of(
      "identity.unreachable.liftWorkingDays", Integer.class, 3, v -> v >= 1 && v <= 30,
      "working days after a verified update within which the measure is lifted");

  private DeadlineParameters() {}
}
