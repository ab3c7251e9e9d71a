package io.github.zhibo.disclosure.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Runs the disclosure rules ({@link io.github.zhibo.disclosure.PageChecker}) as a Jakarta Validation
 * constraint: one violation per {@code VIOLATION} finding (warnings with {@link #includeWarnings()}), its
 * property path the finding's JSON path, its message a fixed template per rule (no user text ever enters a
 * template), and, under Hibernate Validator, the {@link io.github.zhibo.core.check.Finding} as the
 * violation's dynamic payload.
 *
 * <p>Put it on a class implementing {@link LiveRoomSnapshotSource} (class level) or on a field, parameter or
 * type use of {@link io.github.zhibo.disclosure.model.LiveRoomSnapshot}. Build the validator with
 * {@link DisclosureValidation#validator()} (Hibernate Validator with {@code ParameterMessageInterpolator}, no
 * expression language).
 */
@Documented
@Constraint(validatedBy = {LiveRoomDisclosureValidator.class, LiveRoomSnapshotSourceValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LiveRoomDisclosure {

  /** The template key when a finding has no per-rule template. */
  String message() default "{io.github.zhibo.disclosure.violation}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Static payload. */
  Class<? extends Payload>[] payload() default {};

  /** The regulation profile id, e.g. {@code ORDER_117} (default) or {@code DRAFT_2025}. */
  String profile() default "ORDER_117";

  /** Report {@code WARNING} findings as violations too. */
  boolean includeWarnings() default false;
}
