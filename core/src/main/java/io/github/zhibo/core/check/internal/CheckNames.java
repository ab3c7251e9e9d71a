package io.github.zhibo.core.check.internal;

import java.util.regex.Pattern;

/** The shape of a check's name, and the fallback for names that do not have it (such as lambdas'). */
public final class CheckNames {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private CheckNames() {}

  /** Whether {@code name} may appear in logs and evidence as it is. */
  public static boolean isValid(String name) {
    return SHAPE.matcher(name).matches() && !TextRules.hasIdentifierDigitRun(name);
  }

  /**
   * The name to record for member {@code index}: its own name when well-formed, else {@code member-<index>}
   * (a lambda's generated class name carries addresses, and a custom {@code name()} is untrusted text).
   */
  static String safeName(String name, int index) {
    return isValid(name) ? name : "member-" + index;
  }
}
