package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A risk the platform's model saw in a room: its type, how grave it is, and optionally the measure the model
 * proposes. The grade decides what is permitted; a proposal heavier than that is capped. Immutable.
 *
 * @param type an UPPER_SNAKE signal id, e.g. {@code FALSE_PROMOTION_SUSPECTED}
 * @param grade how grave
 * @param proposed the model's proposal, or {@code null} to let the responder choose
 */
public record RiskSignal(String type, ViolationGrade grade, @Nullable Measure proposed) {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** Validates the parts. */
  public RiskSignal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(grade, "grade");
    if (!TYPE.matcher(type).matches()) throw new IllegalArgumentException("a signal type is UPPER_SNAKE");
  }

  /** A signal without a proposal. */
  public static RiskSignal of(String type, ViolationGrade grade) {
    return new RiskSignal(type, grade, null);
  }

  /** The proposal, if any. */
  public Optional<Measure> proposal() {
    return Optional.ofNullable(proposed);
  }
}
