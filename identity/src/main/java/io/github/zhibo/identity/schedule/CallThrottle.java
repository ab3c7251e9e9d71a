package io.github.zhibo.identity.schedule;

/**
 * Paces the scheduler's channel calls: {@link #acquire()} is called before each call and blocks until the
 * call may go. Plug a maintained limiter in here (a Resilience4j {@code RateLimiter}'s {@code
 * acquirePermission}, a Guava {@code RateLimiter}'s {@code acquire}) — the scheduler itself only bounds
 * concurrency. Must be safe for concurrent calls.
 */
@FunctionalInterface
public interface CallThrottle {

  /**
   * Waits for permission to make one call.
   *
   * @throws InterruptedException if the waiting thread is interrupted (the entry stays due)
   */
  void acquire() throws InterruptedException;

  /** No pacing. */
  static CallThrottle none() {
    return () -> { };
  }
}
