package io.github.zhibo.enforcement;

import io.github.zhibo.core.param.Parameter;
import java.time.Period;

/**
 * Platform parameters of the disposal workflow, where the texts leave the number open. The report SLA itself is
 * {@link io.github.zhibo.core.param.CoreParameters#TIMELY_REPORT_WORKING_DAYS}.
 */
public final class EnforcementParameters {
  private EnforcementParameters() {}

  /** How long measure and report records are kept. */
  public static final Parameter<Period> RECORD_RETENTION = Parameter.of("enforcement.recordRetention", Period.class,
      Period.ofYears(3), p -> !p.isNegative() && p.getDays() == 0 && p.toTotalMonths() >= 36,
      "the texts set no period for measure records (保存有关记录); 3 years matches transaction information (Order 117 Art. 16)");

  /** What "timely" (及时) means for acting on an authority's notice, in working days. */
  public static final Parameter<Integer> ACTION_ON_NOTICE_WORKING_DAYS = Parameter.of(
      "enforcement.actionOnNoticeWorkingDays", Integer.class, 5, v -> v >= 1 && v <= 30,
      "及时采取处置措施 has no number; 5 working days matches the texts' reminder SLA for a notice");

  /** What "promptly" (及时) means for lifting after a lift request, in working days. */
  public static final Parameter<Integer> LIFT_CHECK_WORKING_DAYS = Parameter.of(
      "enforcement.liftCheckWorkingDays", Integer.class, 5, v -> v >= 1 && v <= 30,
      "核验无误后及时解除 has no number; 5 working days to verify an update and lift");
}
