package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidResidentId}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidResidentIdValidator extends IdConstraintValidator<ValidResidentId> {

  /** For the Bean Validation provider. */
  public ValidResidentIdValidator() {}

  @Override
  public void initialize(ValidResidentId annotation) {
    configure(List.of(IdKind.RESIDENT_ID), annotation.lenient(), false);
  }
}
