package io.github.zhibo.core.check;

import io.github.zhibo.core.check.internal.AllOfCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Composes {@link Check}s. This is how the go-live decision combines identity, training, blacklist, tier
 * and disclosure checks without any feature module knowing another (DESIGN.md §2).
 *
 * <p>A composite runs every member and returns their combined decision: the strictest outcome and all
 * findings, in member order. It fails closed: a member that throws, returns {@code null}, decides under
 * another profile, times out or cannot be scheduled contributes {@code REVIEW} with a
 * {@code CHECK.FAILED} finding naming it (by {@link Check#name()}, or {@code member-<index>} when that name
 * is not a plain identifier) — never {@code ALLOW}, and the exception never reaches the caller. Each such
 * failure is logged through {@link System.Logger} with its error code, the member's name and the
 * exception's class name only; the exception's message is not logged, since platform code may have put
 * personal data in it.
 *
 * <p>Composites are immutable and thread-safe if their members are.
 */
public final class Checks {

  private Checks() {}

  /**
   * Runs the members one after the other on the caller's thread.
   *
   * @throws IllegalArgumentException if there are no members
   */
  @SafeVarargs
  public static <T> Check<T> allOf(Check<? super T>... members) {
    var list = new ArrayList<Check<? super T>>(members.length);
    for (Check<? super T> member : members) {
      list.add(member);
    }
    return new AllOfCheck<T>(list);
  }

  /**
   * Runs the members one after the other on the caller's thread.
   *
   * @throws IllegalArgumentException if there are no members
   */
  public static <T> Check<T> allOf(List<? extends Check<? super T>> members) {
    return new AllOfCheck<>(members);
  }

  /**
   * Runs the members concurrently on {@code executor}. A member not finished within {@code timeout} of the
   * call's start contributes {@code REVIEW}; its thread is interrupted, and if the member ignores the
   * interrupt it keeps that thread until it returns, its late answer discarded. The calling thread waits
   * for all members or the timeout.
   *
   * @throws IllegalArgumentException if there are no members or the timeout is not positive
   */
  public static <T> Check<T> allOf(List<? extends Check<? super T>> members, Executor executor, Duration timeout) {
    return new AllOfCheck<>(members, Objects.requireNonNull(executor, "executor"), timeout);
  }
}
