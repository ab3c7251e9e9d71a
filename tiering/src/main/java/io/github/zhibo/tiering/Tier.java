package io.github.zhibo.tiering;

import java.util.Objects;

/**
 * A management tier {@code T1} … {@code T9} (分级): a higher number is a larger room under closer management,
 * so tiers sort in order of scrutiny. A policy uses {@code T1} … {@code Tn} without gaps.
 *
 * <p>Instances are interned: {@code Tier.of(3) == Tier.parse("T3")}. Immutable and thread-safe.
 */
public final class Tier implements Comparable<Tier> {

  /** The highest tier a policy may define. */
  public static final int MAX_LEVEL = 9;

  private static final Tier[] TIERS = new Tier[MAX_LEVEL + 1];

  static {
    for (int i = 1; i <= MAX_LEVEL; i++) TIERS[i] = new Tier(i);
  }

  private final int level;
  private final String name;

  private Tier(int level) {
    this.level = level;
    this.name = "T" + level;
  }

  /**
   * The tier of {@code level}.
   *
   * @throws IllegalArgumentException unless {@code 1 <= level <= 9}
   */
  public static Tier of(int level) {
    if (level < 1 || level > MAX_LEVEL) throw new IllegalArgumentException("a tier level is 1.." + MAX_LEVEL);
    return TIERS[level];
  }

  /**
   * Parses {@code T1} … {@code T9}.
   *
   * @throws IllegalArgumentException for anything else (the value is not repeated in the message)
   */
  public static Tier parse(String name) {
    Objects.requireNonNull(name, "name");
    if (name.length() != 2 || name.charAt(0) != 'T' || name.charAt(1) < '1' || name.charAt(1) > '9') {
      throw new IllegalArgumentException("a tier is T1..T" + MAX_LEVEL);
    }
    return TIERS[name.charAt(1) - '0'];
  }

  /** The lowest tier, {@code T1}. */
  public static Tier lowest() {
    return TIERS[1];
  }

  /** 1-based level; higher is closer management. */
  public int level() {
    return level;
  }

  /** Whether this tier is under closer management than {@code other}. */
  public boolean isAbove(Tier other) {
    return level > other.level;
  }

  @Override
  public int compareTo(Tier o) {
    return Integer.compare(level, o.level);
  }

  /** {@code T1} … {@code T9}. */
  @Override
  public String toString() {
    return name;
  }
}
