package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidMobileNumber}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidMobileNumberValidator extends IdConstraintValidator<ValidMobileNumber> {

  /** For the Bean Validation provider. */
  public ValidMobileNumberValidator() {}

  @Override
  public void initialize(ValidMobileNumber annotation) {
    configure(List.of(IdKind.MOBILE), annotation.lenient(), false);
  }
}
