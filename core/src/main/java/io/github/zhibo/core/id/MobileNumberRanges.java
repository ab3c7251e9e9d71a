package io.github.zhibo.core.id;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The three-digit prefixes ({@code 1xy}) of 11-digit mainland mobile numbers that a policy accepts.
 *
 * <p>Ranges are allocated every few years (190, 192, 196, 197 since 2019) and every library with a frozen
 * regex lagged behind; so the set is data: start from {@link #defaults()} and {@link #plus(String...)}
 * what the MIIT allocates next, without waiting for a release. Carrier inference is deliberately absent:
 * number portability made it unreliable. 13-digit IoT numbers are not mobile numbers here. Immutable and
 * thread-safe.
 */
public final class MobileNumberRanges {

  private static final List<String> DEFAULT_PREFIXES = List.of(
      "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
      "145", "147", "149",
      "150", "151", "152", "153", "155", "156", "157", "158", "159",
      "162", "165", "166", "167",
      "170", "171", "172", "173", "174", "175", "176", "177", "178",
      "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
      "190", "191", "192", "193", "195", "196", "197", "198", "199");

  private static final MobileNumberRanges DEFAULTS = of(DEFAULT_PREFIXES);

  /** Index = the two digits after the leading 1. */
  private final boolean[] allowed;

  private MobileNumberRanges(boolean[] allowed) {
    this.allowed = allowed;
  }

  /** The ranges allocated to mainland mobile, satellite and virtual operators as of 2026. */
  public static MobileNumberRanges defaults() {
    return DEFAULTS;
  }

  /**
   * Exactly these prefixes.
   *
   * @throws IllegalArgumentException if a prefix is not three ASCII digits starting with 1
   */
  public static MobileNumberRanges of(Collection<String> prefixes) {
    boolean[] allowed = new boolean[100];
    for (String p : prefixes) {
      allowed[index(p)] = true;
    }
    return new MobileNumberRanges(allowed);
  }

  /**
   * These ranges plus {@code prefixes}.
   *
   * @throws IllegalArgumentException if a prefix is not three ASCII digits starting with 1
   */
  public MobileNumberRanges plus(String... prefixes) {
    boolean[] copy = allowed.clone();
    for (String p : prefixes) {
      copy[index(p)] = true;
    }
    return new MobileNumberRanges(copy);
  }

  /** True if the first three characters of {@code number} are an accepted prefix. */
  public boolean containsRangeOf(CharSequence number) {
    if (number.length() < 3 || number.charAt(0) != '1') {
      return false;
    }
    int a = number.charAt(1) - '0';
    int b = number.charAt(2) - '0';
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 && allowed[a * 10 + b];
  }

  /** The accepted prefixes, sorted. */
  public SortedSet<String> prefixes() {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < 100; i++) {
      if (allowed[i]) {
        out.add(i < 10 ? "10" + i : "1" + i);
      }
    }
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  private static int index(String prefix) {
    if (prefix.length() != 3 || prefix.charAt(0) != '1'
        || !isDigit(prefix.charAt(1)) || !isDigit(prefix.charAt(2))) {
      throw new IllegalArgumentException("a range is three ASCII digits starting with 1: '" + prefix + "'");
    }
    return (prefix.charAt(1) - '0') * 10 + (prefix.charAt(2) - '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MobileNumberRanges other && Arrays.equals(allowed, other.allowed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(allowed);
  }

  @Override
  public String toString() {
    return "MobileNumberRanges" + prefixes();
  }
}
