package io.github.zhibo.enforcement;

import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may we take this measure for this case?": {@code ALLOW} when the proportionality table permits
 * the requested measure for the case's grade; {@code REVIEW} when it does not but a lighter measure on the
 * ladder is permitted (offered as {@link #permitted()}, a person confirms); {@code DENY} when nothing is.
 * {@link #permitted()} is never heavier than the table allows.
 *
 * @param caseRef the case
 * @param grade the case's grade
 * @param requested what was asked for
 * @param permitted the measure that may be taken: the requested one, a capped lighter one, or none
 * @param decision the outcome with its findings (each citing its article)
 */
public record Proposal(String caseRef, ViolationGrade grade, Measure requested, Optional<Measure> permitted,
    Decision decision) {

  /** Validates the parts. */
  public Proposal {
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(permitted, "permitted");
    Objects.requireNonNull(decision, "decision");
  }

  /** Whether the requested measure itself is permitted. */
  public boolean isAsRequested() {
    return permitted.filter(requested::equals).isPresent();
  }
}
