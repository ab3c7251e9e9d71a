package io.github.zhibo.identity.schedule;

import io.github.zhibo.core.param.Parameter;

/** Platform parameters of the re-verification scheduler (the regulation leaves these open). */
public final class ScheduleParameters {

  /**
   * Days after the due day a record may stay unverified before the scheduler escalates it to a disposal
   * measure. Default 15: re-verification often waits on the party (an expired document, a changed phone); the
   * texts set the interval as a maximum, so a platform choosing 0 escalates on the first missed day.
   */
  public static final Parameter<Integer> ESCALATION_GRACE_DAYS = Parameter.of(
      "identity.reverification.escalationGraceDays", Integer.class, 15, v -> v >= 0 && v <= 366,
      "days an overdue re-verification may stay unverified before a disposal measure is taken");

  private ScheduleParameters() {}
}
