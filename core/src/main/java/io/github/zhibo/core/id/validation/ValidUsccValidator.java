package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import java.util.List;

/**
 * Validator of {@link ValidUscc}. Public only because the Bean Validation provider instantiates it.
 * Thread-safe after {@link #initialize}.
 */
public final class ValidUsccValidator extends IdConstraintValidator<ValidUscc> {

  /** For the Bean Validation provider. */
  public ValidUsccValidator() {}

  @Override
  public void initialize(ValidUscc annotation) {
    configure(List.of(IdKind.USCC), annotation.lenient(), annotation.acceptLegacyPilot());
  }
}
