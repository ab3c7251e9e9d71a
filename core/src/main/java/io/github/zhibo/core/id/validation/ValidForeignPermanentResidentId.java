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
 * The annotated text is a valid foreign permanent resident ID number (外国人永久居留身份证), either format.
 * Uses the same parser as {@code tryParse}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ValidForeignPermanentResidentIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidForeignPermanentResidentId {

  /** The message template; the error code is appended in brackets. */
  String message() default "must be a valid foreign permanent resident ID number";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Run the lenient normaliser first (full-width, spaces, hyphens); for raw user input only. */
  boolean lenient() default false;
}
