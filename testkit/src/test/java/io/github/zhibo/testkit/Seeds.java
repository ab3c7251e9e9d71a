package io.github.zhibo.testkit;

import java.util.stream.LongStream;

/**
 * The seeds the property tests run: {@code -Dtestkit.seed=N} (default 1) and the next {@link #COUNT - 1}.
 * Every assertion names its seed, so a failure is rerun with that seed alone.
 */
public final class Seeds {

  /** How many seeds each property runs. */
  public static final int COUNT = 20;

  private Seeds() {}

  /** The seeds of this run. */
  public static LongStream all() {
    long base = Long.getLong("testkit.seed", 1L);
    return LongStream.range(base, base + COUNT);
  }
}
