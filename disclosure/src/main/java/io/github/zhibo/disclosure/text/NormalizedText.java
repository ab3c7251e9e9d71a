package io.github.zhibo.disclosure.text;

import java.util.Objects;

/**
 * The normaliser's output: the folded text the matcher runs on plus, per folded character, the original
 * character it came from (an offset map aware of NFKC's 1→n expansions) and how many separators were
 * skipped before it. Immutable once built; thread-safe.
 */
public final class NormalizedText {

  /** The gap value that marks a hard break (。！？ or a line end): nothing matches across it. */
  public static final int HARD_BREAK = 127;

  static final byte WIDTH = 1;
  static final byte TRADITIONAL = 2;
  static final byte INVISIBLE_BEFORE = 4;

  private final String original;
  private final char[] text;
  private final int[] originalStart;
  private final byte[] gapBefore;
  private final byte[] flags;
  private final int length;

  NormalizedText(String original, char[] text, int[] originalStart, byte[] gapBefore, byte[] flags, int length) {
    this.original = original;
    this.text = text;
    this.originalStart = originalStart;
    this.gapBefore = gapBefore;
    this.flags = flags;
    this.length = length;
  }

  /** The text that was normalised. */
  public String original() {
    return original;
  }

  /** The folded text (separators and invisible characters removed). */
  public String text() {
    return new String(text, 0, length);
  }

  /** Length of the folded text. */
  public int length() {
    return length;
  }

  /** The folded character at {@code i}. */
  public char charAt(int i) {
    Objects.checkIndex(i, length);
    return text[i];
  }

  /** Offset in {@link #original()} of the character folded character {@code i} came from. */
  public int originalStart(int i) {
    Objects.checkIndex(i, length);
    return originalStart[i];
  }

  /** Offset just after that original character (a surrogate pair counts as two). */
  public int originalEnd(int i) {
    int s = originalStart(i);
    return s + (Character.isHighSurrogate(original.charAt(s)) && s + 1 < original.length() ? 2 : 1);
  }

  /** Separators skipped between folded characters {@code i-1} and {@code i}; {@link #HARD_BREAK} for a break. */
  public int gapBefore(int i) {
    Objects.checkIndex(i, length);
    return gapBefore[i];
  }

  char[] chars() {
    return text;
  }

  byte[] gaps() {
    return gapBefore;
  }

  byte[] flagArray() {
    return flags;
  }

  /** Whether folding character {@code i} undid a width or compatibility form. */
  boolean width(int i) {
    return (flags[i] & WIDTH) != 0;
  }

  boolean traditional(int i) {
    return (flags[i] & TRADITIONAL) != 0;
  }

  boolean invisibleBefore(int i) {
    return (flags[i] & INVISIBLE_BEFORE) != 0;
  }

  @Override
  public String toString() {
    return "NormalizedText[" + original.length() + " -> " + length + " chars]";
  }
}
