package io.github.zhibo.examples.demo;

import java.nio.charset.StandardCharsets;

/** Seeded, platform-independent hashing for the demo's injected failures (no {@code String.hashCode} order games). */
final class Hashing {
  private Hashing() {}

  /** A value in [0, 1) determined by the seed, a key and a number. */
  static double unit(long seed, String key, long n) {
    long h = seed * 0x9E3779B97F4A7C15L + n;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53;
  }
}
