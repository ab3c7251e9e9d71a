package io.github.zhibo.core.id.internal;

/**
 * ISO 7064 MOD 11-2 as GB 11643-1999 uses it: weights 2^(18-i) mod 11 over 17 digits, check character
 * {@code "10X98765432".charAt(sum % 11)}.
 */
public final class Mod112 {

  static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** A char array, not a String: {@code String.charAt} tests the coder and bounds on every call. */
  private static final char[] CHECK = "10X98765432".toCharArray();

  private Mod112() {}

  /** The check character for a weighted digit sum, or for any number congruent to it modulo 11. */
  public static char checkFor(int weightedSum) {
    return CHECK[weightedSum % 11];
  }

  /** The weight of 0-based position {@code i} (0–16). */
  public static int weight(int i) {
    return WEIGHTS[i];
  }

  /**
   * The check character for the first 17 characters of {@code body}.
   *
   * @throws IllegalArgumentException if there are fewer than 17 characters or one is not an ASCII digit
   */
  public static char checkCharacter(CharSequence body) {
    if (body.length() < 17) {
      throw new IllegalArgumentException("need 17 digits, got " + body.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = body.charAt(i);
      if (!Chars.isDigit(c)) {
        throw new IllegalArgumentException("not an ASCII digit at position " + i);
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return checkFor(sum);
  }
}
