package io.github.zhibo.core.check;

import io.github.zhibo.core.check.internal.CheckNames;
import java.util.Objects;

/**
 * A rule or group of rules that decides about a subject of type {@code T}: the SPI every feature module
 * implements (identity gate, blacklist screening, training gate, page checks) and that a platform may
 * implement for its own rules. Checks are composed with {@link Checks#allOf}, so no module needs to know
 * another.
 *
 * <p>Contract: return a decision under {@code context.profile()}, never {@code null}; report business
 * outcomes as findings, not exceptions; read time only from {@code context.clock()}. A composite treats a
 * breach of this contract as a component failure and answers {@code REVIEW}.
 *
 * <p>Implementations should be thread-safe: composites may call them from several threads at once.
 *
 * @param <T> the subject type
 */
@FunctionalInterface
public interface Check<T> {

  /** Decides about {@code subject} under {@code context.profile()}. */
  Decision check(T subject, CheckContext context);

  /**
   * A short name for logs and {@code CHECK.FAILED} evidence. Defaults to the class's simple name; lambdas
   * should be wrapped with {@link #named(String, Check)}, because their generated names mean nothing to
   * an auditor.
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Gives a check (typically a lambda) a name.
   *
   * @param name 1-64 characters of {@code A-Za-z0-9_.-}, starting with a letter
   */
  static <T> Check<T> named(String name, Check<T> check) {
    Objects.requireNonNull(check, "check");
    if (!CheckNames.isValid(Objects.requireNonNull(name, "name"))) {
      throw new IllegalArgumentException("a check name is 1-64 characters of A-Za-z0-9_.- starting with a letter: " + name);
    }
    return new Check<>() {
      @Override
      public Decision check(T subject, CheckContext context) {
        return check.check(subject, context);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String toString() {
        return "Check[" + name + "]";
      }
    };
  }
}
