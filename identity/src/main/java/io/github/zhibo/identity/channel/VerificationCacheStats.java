package io.github.zhibo.identity.channel;

/**
 * A snapshot of a {@link CachingChannel}'s counters.
 *
 * <p>A caller that joined another caller's call in flight for the same key counts as a hit: it did not
 * reach the channel. Every miss is exactly one channel call.
 *
 * @param hitCount answers served without calling the channel (cached, or joined in flight)
 * @param missCount channel calls made
 * @param unavailableCount channel calls that answered UNAVAILABLE, none of which was kept
 * @param evictionCount entries dropped for size or expiry
 * @param estimatedSize entries currently held (approximate)
 */
public record VerificationCacheStats(long hitCount, long missCount, long unavailableCount, long evictionCount,
    long estimatedSize) {

  /** Validates the counters. */
  public VerificationCacheStats {
    if (hitCount < 0 || missCount < 0 || unavailableCount < 0 || evictionCount < 0 || estimatedSize < 0) {
      throw new IllegalArgumentException("cache counters are not negative");
    }
  }

  /** Hits over requests, 1.0 when there were none (Caffeine's convention). */
  public double hitRate() {
    long requests = hitCount + missCount;
    return requests == 0 ? 1.0 : (double) hitCount / requests;
  }
}
