package io.github.zhibo.core.id;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@code tryParse}: a value with its warnings, or a typed error. Bad input is an
 * ordinary outcome here, never an exception.
 *
 * @param <T> the identifier type
 */
public sealed interface ParseResult<T> permits ParseResult.Ok, ParseResult.Err {

  /**
   * A valid identifier.
   *
   * @param value the parsed identifier in canonical form
   * @param warnings what parsing changed or could not confirm, in {@link IdWarning} order
   */
  record Ok<T>(T value, List<IdWarning> warnings) implements ParseResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }

    @Override
    public T orElseThrow() {
      return value;
    }
  }

  /**
   * An invalid input.
   *
   * @param error why
   */
  record Err<T>(IdError error) implements ParseResult<T> {
    public Err {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public List<IdWarning> warnings() {
      return List.of();
    }

    @Override
    public T orElseThrow() {
      throw new IdParseException(error);
    }
  }

  /** True for {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The warnings of a valid result; empty for an error. */
  List<IdWarning> warnings();

  /**
   * The value.
   *
   * @throws IdParseException for an error (message without the input)
   */
  T orElseThrow();

  /** The value, or empty for an error. */
  default Optional<T> toOptional() {
    return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
  }

  /** The error, or empty for a valid result. */
  default Optional<IdError> failure() {
    return this instanceof Err<T> err ? Optional.of(err.error()) : Optional.empty();
  }
}
