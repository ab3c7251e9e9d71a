package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidHmtPermit}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidHmtPermitValidator extends IdConstraintValidator<ValidHmtPermit> {

  /** For the Bean Validation provider. */
  public ValidHmtPermitValidator() {}

  @Override
  public void initialize(ValidHmtPermit annotation) {
    configure(List.of(IdKind.HMT_PERMIT), annotation.lenient(), false);
  }
}
