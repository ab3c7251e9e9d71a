package io.github.zhibo.core.id.validation;

import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared logic: parse with a policy built from the context's clock, report the first failing kind. */
abstract class IdConstraintValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  private List<IdKind> kinds = List.of();
  private boolean lenient;
  private boolean acceptLegacyPilot;

  /** Called from {@code initialize} by each concrete validator. */
  final void configure(List<IdKind> kinds, boolean lenient, boolean acceptLegacyPilot) {
    this.kinds = List.copyOf(kinds);
    this.lenient = lenient;
    this.acceptLegacyPilot = acceptLegacyPilot;
  }

  @Override
  public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ParsePolicy base = lenient
        ? ParsePolicy.lenient(context.getClockProvider().getClock())
        : ParsePolicy.defaults(context.getClockProvider().getClock());
    ParsePolicy policy = acceptLegacyPilot ? base.toBuilder().acceptLegacyPilotUscc(true).build() : base;
    String firstError = null;
    for (IdKind kind : kinds) {
      ParseResult<?> result = kind.tryParse(value, policy);
      if (result.isOk()) {
        return true;
      }
      if (firstError == null) {
        firstError = result.failure().map(e -> e.code().name()).orElse("");
      }
    }
    context.disableDefaultConstraintViolation();
    // The code is an enum constant name: no braces or '$', so it cannot inject into interpolation.
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate() + " [" + firstError + "]")
        .addConstraintViolation();
    return false;
  }
}
