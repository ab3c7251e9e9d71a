package io.github.zhibo.core.id.internal;

import io.github.zhibo.core.id.IdErrorCode;
import io.github.zhibo.core.id.IdWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * A check outcome packed into one {@code long}, so that {@code isValid} allocates nothing.
 *
 * <p>Layout: bits 0–15 position + 1 (0 = no position); bits 16–23 error ordinal + 1 (0 = valid); bits
 * 24–39 the expected check character; bits 40–63 the warning set (bit = {@link IdWarning} ordinal).
 */
public final class Verdict {

  /** A valid outcome without warnings. */
  public static final long OK = 0L;

  private static final int WARNING_SHIFT = 40;
  private static final IdErrorCode[] CODES = IdErrorCode.values();
  private static final IdWarning[] WARNINGS = IdWarning.values();

  static {
    if (WARNINGS.length > 64 - WARNING_SHIFT) {
      throw new ExceptionInInitializerError("too many warnings for the packed verdict");
    }
  }

  private Verdict() {}

  /** An error at {@code position} (-1 for none). */
  public static long error(IdErrorCode code, int position) {
    return error(code, position, '\0');
  }

  /** An error with the check character the number should have had. */
  public static long error(IdErrorCode code, int position, char expected) {
    return ((long) (position + 1) & 0xFFFFL)
        | ((long) (code.ordinal() + 1) << 16)
        | ((long) expected << 24);
  }

  /** {@code verdict} plus one warning. */
  public static long warn(long verdict, IdWarning warning) {
    return verdict | (1L << (WARNING_SHIFT + warning.ordinal()));
  }

  /** True if no error is recorded (warnings allowed). */
  public static boolean isOk(long verdict) {
    return (verdict & 0xFF0000L) == 0;
  }

  /** The recorded error; only meaningful when {@link #isOk} is false. */
  public static IdErrorCode code(long verdict) {
    return CODES[(int) ((verdict >>> 16) & 0xFF) - 1];
  }

  /** The 0-based position, or -1. */
  public static int position(long verdict) {
    return (int) (verdict & 0xFFFF) - 1;
  }

  /** The expected check character, or {@code '\0'} when the error is not a check-character mismatch. */
  public static char expected(long verdict) {
    return (char) ((verdict >>> 24) & 0xFFFF);
  }

  /** True if {@code warning} is recorded. */
  public static boolean has(long verdict, IdWarning warning) {
    return (verdict & (1L << (WARNING_SHIFT + warning.ordinal()))) != 0;
  }

  /** The recorded warnings in declaration order. */
  public static List<IdWarning> warnings(long verdict) {
    if ((verdict >>> WARNING_SHIFT) == 0) {
      return List.of();
    }
    List<IdWarning> out = new ArrayList<>(2);
    for (IdWarning w : WARNINGS) {
      if (has(verdict, w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }
}
