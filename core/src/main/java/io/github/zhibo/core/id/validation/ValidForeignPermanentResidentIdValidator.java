package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidForeignPermanentResidentId}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidForeignPermanentResidentIdValidator extends IdConstraintValidator<ValidForeignPermanentResidentId> {

  /** For the Bean Validation provider. */
  public ValidForeignPermanentResidentIdValidator() {}

  @Override
  public void initialize(ValidForeignPermanentResidentId annotation) {
    configure(List.of(IdKind.FOREIGN_PERMANENT_RESIDENT_ID), annotation.lenient(), false);
  }
}
