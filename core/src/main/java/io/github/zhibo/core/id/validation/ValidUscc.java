package io.github.zhibo.core.id.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid unified social credit code (统一社会信用代码), embedded GB 11714 check included.
 * Uses the same parser as {@code tryParse}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ValidUsccValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidUscc {

  /** The message template; the error code is appended in brackets. */
  String message() default "must be a valid unified social credit code";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Run the lenient normaliser first (full-width, spaces, hyphens); for raw user input only. */
  boolean lenient() default false;

  /** Accept legacy Fujian pilot codes that fail mod 31. */
  boolean acceptLegacyPilot() default false;
}
