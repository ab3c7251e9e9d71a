package io.github.zhibo.training;

import io.github.zhibo.core.check.Messages;

/** The rule ids of the training module's findings; stable, since reports and the CLI contract show them. */
public final class TrainingRules {

  private TrainingRules() {}

  /** Before the first live, a module of the curriculum has no passed completion (missing modules listed). */
  public static final String FIRST_LIVE_INCOMPLETE = "TRAINING.FIRST_LIVE_INCOMPLETE";

  /** After the first live, no passed completion of a curriculum module in the current training year. */
  public static final String YEARLY_MISSING = "TRAINING.YEARLY_MISSING";

  /** An unresolved {@link IntegrityFlag#CHEATING} flag. */
  public static final String CHEATING = "TRAINING.CHEATING";

  /** An unresolved {@link IntegrityFlag#REFUSED} flag. */
  public static final String REFUSED = "TRAINING.REFUSED";

  /** The platform's record store could not answer; a person must decide. */
  public static final String RECORD_UNAVAILABLE = "TRAINING.RECORD_UNAVAILABLE";

  /** An agency or room operator has no yearly study (Art. 10 ¶2) in the current training year. */
  public static final String YEARLY_STUDY_MISSING = "TRAINING.YEARLY_STUDY_MISSING";

  private static final Messages MESSAGES = Messages.load(TrainingRules.class, "messages").and(Messages.core());

  /** The training module's message bundles (English and Chinese), backed by core's. */
  public static Messages messages() {
    return MESSAGES;
  }

  /** The rule of {@code flag}'s finding. */
  public static String of(IntegrityFlag flag) {
    return switch (flag) {
      case CHEATING -> CHEATING;
      case REFUSED -> REFUSED;
    };
  }
}
