package io.github.zhibo.core.check.internal;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.CheckError;
import io.github.zhibo.core.check.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs every member and combines their decisions, keeping all findings in member order. A member that
 * throws, returns {@code null}, answers under another profile, times out or cannot be scheduled
 * contributes {@code REVIEW} with a {@code CHECK.FAILED} finding; the composite itself never throws for a
 * member's sake.
 *
 * <p>Immutable; thread-safe when its members are.
 *
 * @param <T> the subject type
 */
public final class AllOfCheck<T> implements Check<T> {

  private final List<Check<? super T>> members;
  private final List<String> names;
  private final @Nullable Executor executor;
  private final Duration timeout;

  /** Sequential: members run one after the other on the caller's thread. */
  public AllOfCheck(List<? extends Check<? super T>> members) {
    this(members, null, Duration.ZERO);
  }

  /** Parallel: members run on {@code executor}; any member not done {@code timeout} after the start is REVIEW. */
  public AllOfCheck(List<? extends Check<? super T>> members, @Nullable Executor executor, Duration timeout) {
    this.members = List.copyOf(members);
    if (this.members.isEmpty()) {
      // An empty composite would allow everything: almost certainly a wiring mistake.
      throw new IllegalArgumentException("a composite check needs at least one member");
    }
    this.executor = executor;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (executor != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    var n = new ArrayList<String>(this.members.size());
    for (int i = 0; i < this.members.size(); i++) {
      n.add(nameOf(this.members.get(i), i));
    }
    this.names = List.copyOf(n);
  }

  private static String nameOf(Check<?> member, int index) {
    try {
      return CheckNames.safeName(Objects.requireNonNull(member.name()), index);
    } catch (RuntimeException e) {
      return "member-" + index;
    }
  }

  @Override
  public Decision check(T subject, CheckContext context) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    List<Decision> decisions = executor == null ? runSequentially(subject, context) : runInParallel(subject, context);
    Decision result = Decision.allow(context.profileId());
    for (Decision d : decisions) {
      result = result.and(d);
    }
    return result;
  }

  @Override
  public String name() {
    return "allOf";
  }

  private List<Decision> runSequentially(T subject, CheckContext context) {
    var out = new ArrayList<Decision>(members.size());
    for (int i = 0; i < members.size(); i++) {
      out.add(runGuarded(i, subject, context));
    }
    return out;
  }

  private List<Decision> runInParallel(T subject, CheckContext context) {
    long deadline = System.nanoTime() + timeout.toNanos();
    var futures = new ArrayList<Future<Decision>>(members.size());
    for (int i = 0; i < members.size(); i++) {
      int index = i;
      // A FutureTask, unlike a CompletableFuture, interrupts its thread when cancelled after a timeout.
      var task = new FutureTask<>(() -> runGuarded(index, subject, context));
      try {
        executor.execute(task);
        futures.add(task);
      } catch (RejectedExecutionException e) {
        futures.add(CompletableFuture.completedFuture(fail(index, context, CheckError.MEMBER_REJECTED, e)));
      }
    }
    var out = new ArrayList<Decision>(members.size());
    for (int i = 0; i < futures.size(); i++) {
      out.add(await(i, futures.get(i), deadline, context));
    }
    return out;
  }

  private Decision await(int index, Future<Decision> future, long deadline, CheckContext context) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail(index, context, CheckError.MEMBER_TIMED_OUT, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(index, context, CheckError.MEMBER_INTERRUPTED, null);
    } catch (ExecutionException e) {
      return fail(index, context, CheckError.MEMBER_THREW, e.getCause());
    }
  }

  private Decision runGuarded(int index, T subject, CheckContext context) {
    Decision d;
    try {
      d = members.get(index).check(subject, context);
    } catch (Throwable t) { // NOPMD: member code may throw anything; only fatal VM errors escape
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
      return fail(index, context, CheckError.MEMBER_THREW, t);
    }
    if (d == null) {
      return fail(index, context, CheckError.MEMBER_RETURNED_NULL, null);
    }
    if (!d.profile().equals(context.profileId())) {
      return fail(index, context, CheckError.MEMBER_WRONG_PROFILE, null);
    }
    return d;
  }

  private Decision fail(int index, CheckContext context, CheckError error, @Nullable Throwable cause) {
    return FailureFindings.review(context.profileId(), names.get(index), error, cause);
  }

  @Override
  public String toString() {
    return "allOf" + names;
  }
}
