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
 * The annotated text is a valid 18-digit mainland resident identity number (公民身份号码).
 * Uses the same parser as {@code tryParse}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ValidResidentIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidResidentId {

  /** The message template; the error code is appended in brackets. */
  String message() default "must be a valid resident identity number";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Run the lenient normaliser first (full-width, spaces, hyphens); for raw user input only. */
  boolean lenient() default false;
}
