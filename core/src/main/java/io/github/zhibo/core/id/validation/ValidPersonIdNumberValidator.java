package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidPersonIdNumber}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidPersonIdNumberValidator extends IdConstraintValidator<ValidPersonIdNumber> {

  /** For the Bean Validation provider. */
  public ValidPersonIdNumberValidator() {}

  @Override
  public void initialize(ValidPersonIdNumber annotation) {
    configure(List.of(IdKind.RESIDENT_ID, IdKind.HMT_PERMIT, IdKind.FOREIGN_PERMANENT_RESIDENT_ID), annotation.lenient(), false);
  }
}
