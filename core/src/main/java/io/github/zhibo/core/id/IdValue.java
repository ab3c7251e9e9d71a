package io.github.zhibo.core.id;

import java.time.LocalDate;

/** Canonical-string identity, masking and field access shared by the identifier classes. */
abstract class IdValue {

  final String value;

  IdValue(String value) {
    this.value = value;
  }

  /**
   * The canonical form: ASCII, upper case, no separators. This is the personal data itself: store it
   * protected and never log it; use {@link #toString()} or {@code masked()} for display.
   */
  public final String canonical() {
    return value;
  }

  /** {@code value} with all but the first {@code head} and last {@code tail} characters replaced by '*'. */
  final String mask(int head, int tail) {
    StringBuilder sb = new StringBuilder(value.length());
    sb.append(value, 0, head);
    for (int i = head; i < value.length() - tail; i++) {
      sb.append('*');
    }
    return sb.append(value, value.length() - tail, value.length()).toString();
  }

  final int digits(int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  /** YYYYMMDD at {@code pos}; valid by construction. */
  final LocalDate date8(int pos) {
    return LocalDate.of(digits(pos, 4), digits(pos + 4, 2), digits(pos + 6, 2));
  }

  /** The masked form: never the number itself. */
  public abstract String masked();

  /** Masked, never the number (personal data must not reach logs). */
  @Override
  public final String toString() {
    return masked();
  }

  /** Equal when the same class and the same canonical string. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((IdValue) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }
}
