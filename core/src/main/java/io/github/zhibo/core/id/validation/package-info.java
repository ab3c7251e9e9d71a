/**
 * Jakarta Validation constraints over the identifier parsers, for incoming platform payloads where the
 * caller wants every violation as a report. Needs {@code jakarta.validation-api} on the class path (an
 * optional dependency of core). "Today" comes from the validator's {@code ClockProvider}. {@code null} is
 * valid, as usual in Bean Validation: add {@code @NotNull} where a value is required.
 *
 * <p>A violation's message ends with the error code in brackets, e.g. {@code [CHECKSUM_MISMATCH]}; it
 * never contains the value.
 */
@NullMarked
package io.github.zhibo.core.id.validation;

import org.jspecify.annotations.NullMarked;
