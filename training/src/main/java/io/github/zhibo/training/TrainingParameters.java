package io.github.zhibo.training;

import io.github.zhibo.core.param.Parameter;
import java.time.Duration;
import java.time.Period;

/** The training thresholds the texts leave to the platform, with their documented defaults. */
public final class TrainingParameters {

  private TrainingParameters() {}

  /** What "every year" means; rolling twelve months unless the platform trains by calendar year. */
  public static final Parameter<TrainingYear> TRAINING_YEAR = Parameter.of("training.year", TrainingYear.class,
      TrainingYear.ROLLING, v -> true,
      "the training year: ROLLING (twelve months before the day checked, default) or CALENDAR (that day's year)");

  /**
   * The shortest time in which a module can honestly be completed; a faster completion is flagged
   * {@code CHEATING}. Ten minutes is a floor no real lesson with an assessment goes under.
   */
  public static final Parameter<Duration> MIN_MODULE_TIME = Parameter.of("training.minModuleTime", Duration.class,
      Duration.ofMinutes(10), v -> !v.isNegative() && !v.isZero(),
      "shortest credible time on one module; a faster completion is flagged as cheating");

  /**
   * How long an invitation to training may stay unattended after its due day before the marketer counts
   * as refusing; zero means from the day after the due day.
   */
  public static final Parameter<Period> REFUSAL_GRACE = Parameter.of("training.refusalGrace", Period.class,
      Period.ZERO, v -> !v.isNegative(), "days after an invitation's due day before non-attendance is refusal");

  /**
   * How long bulletin and study records are kept in the ledger. The texts set no period for them; three
   * years matches the retention they set for the other platform records.
   */
  public static final Parameter<Period> RECORD_RETENTION = Parameter.of("training.recordRetention", Period.class,
      Period.ofYears(3), v -> !v.isNegative() && !v.isZero(), "retention of training, study and bulletin records");
}
