package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.Obligation;
import java.util.Objects;

/**
 * A key-subject trigger (重点直播间运营者): a room meeting {@code criterion} is a key subject under
 * {@code basis}, which is {@link Obligation#KEY_SUBJECT_MONITORING} (Art. 11) or
 * {@link Obligation#COMPLAINT_CONCENTRATION} (Art. 20 ¶2). Which metrics a text names for each basis is
 * profile data; a policy naming another is refused for that profile. Immutable.
 *
 * @param criterion the test
 * @param basis the obligation it enforces
 */
public record KeyTrigger(Criterion criterion, Obligation basis) {
  /** Validates the parts. */
  public KeyTrigger {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(basis, "basis");
    if (basis != Obligation.KEY_SUBJECT_MONITORING && basis != Obligation.COMPLAINT_CONCENTRATION) {
      throw new IllegalArgumentException("a key-subject trigger enforces KEY_SUBJECT_MONITORING or COMPLAINT_CONCENTRATION");
    }
  }

  /** The obligation a trigger over {@code metric} enforces unless the policy says otherwise. */
  public static Obligation defaultBasis(Metric metric) {
    return metric == Metric.VERIFIED_COMPLAINTS_30D || metric == Metric.COMPLAINT_RATE_30D
        ? Obligation.COMPLAINT_CONCENTRATION : Obligation.KEY_SUBJECT_MONITORING;
  }

  /** A trigger with its default basis. */
  public static KeyTrigger of(Criterion criterion) {
    return new KeyTrigger(criterion, defaultBasis(criterion.metric()));
  }
}
