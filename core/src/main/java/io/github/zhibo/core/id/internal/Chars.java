package io.github.zhibo.core.id.internal;

/** ASCII-only character classes: {@code Character.isDigit('１')} is true, which is exactly the trap. */
public final class Chars {

  private Chars() {}

  /** True for {@code '0'..'9'} only. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True for {@code 'a'..'z'} only. */
  public static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** True for {@code 'A'..'Z'} only. */
  public static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * {@code s.charAt(i)}, called on {@code String} directly when it is one: almost every caller passes a
   * String, and a plain interface call here turns megamorphic (no inlining) as soon as one caller in the
   * process passes a StringBuilder or a CharBuffer.
   */
  public static char at(CharSequence s, int i) {
    return s instanceof String ? ((String) s).charAt(i) : s.charAt(i);
  }

  /** Two ASCII digits at {@code i} as a number; callers have checked they are digits. */
  public static int twoDigits(CharSequence s, int i) {
    return (at(s, i) - '0') * 10 + (at(s, i + 1) - '0');
  }

  /** Four ASCII digits at {@code i} as a number; callers have checked they are digits. */
  public static int fourDigits(CharSequence s, int i) {
    return twoDigits(s, i) * 100 + twoDigits(s, i + 2);
  }

  /**
   * The canonical string: {@code s} itself when it needs no case folding, else its ASCII upper case
   * (never {@code toUpperCase()}, which is locale-dependent: Turkish {@code i}).
   */
  public static String canonical(CharSequence s, boolean folded) {
    if (!folded) {
      return s.toString();
    }
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = isLowerAscii(c) ? (char) (c - ('a' - 'A')) : c;
    }
    return new String(out);
  }
}
