package io.github.zhibo.core.env;

import io.github.zhibo.core.time.ChinaZone;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * What every component gets from its host: the clock, the event listener, and the executor for work a
 * component runs in parallel or with a timeout. Every builder in zhibo accepts one.
 *
 * <p>Defaults ({@link #defaults()}): the system clock in {@code Asia/Shanghai}, a listener that drops
 * events, and the common fork-join pool. Tests and batch jobs pass a fixed clock.
 *
 * @param clock the source of "now" and "today"
 * @param listener receives compliance events
 * @param executor runs a component's parallel or timed work
 */
public record Environment(Clock clock, ComplianceListener listener, Executor executor) {

  /** Validates the parts. */
  public Environment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(executor, "executor");
  }

  /** The system clock in China's zone, no listener, the common pool. */
  public static Environment defaults() {
    return new Environment(Clock.system(ChinaZone.ZONE), ComplianceListener.none(), ForkJoinPool.commonPool());
  }

  /** The defaults with {@code clock}. */
  public static Environment of(Clock clock) {
    return defaults().withClock(clock);
  }

  /** A copy with {@code clock}. */
  public Environment withClock(Clock clock) {
    return new Environment(clock, listener, executor);
  }

  /** A copy with {@code listener}. */
  public Environment withListener(ComplianceListener listener) {
    return new Environment(clock, listener, executor);
  }

  /** A copy with {@code executor}. */
  public Environment withExecutor(Executor executor) {
    return new Environment(clock, listener, executor);
  }

  /**
   * Hands {@code event} to the listener, swallowing anything it throws: a broken listener must not turn
   * a decision into a failure.
   */
  public void emit(ComplianceEvent event) {
    Objects.requireNonNull(event, "event");
    try {
      listener.onEvent(event);
    } catch (RuntimeException ignored) {
      // The listener is the platform's; its failure is not the component's.
    }
  }
}
