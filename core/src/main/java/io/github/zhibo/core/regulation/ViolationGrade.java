package io.github.zhibo.core.regulation;

/**
 * How grave a violation or risk signal is, the input of a {@link ProportionalityTable}. The texts require
 * proportionate measures (Order 117 Art. 12 ¶1 "与违法行为的性质、情节…相适应") without grading violations,
 * so the grades are ours and the table mapping them to measures is platform data.
 */
public enum ViolationGrade {
  /** A first or technical slip, no consumer harm. */
  MINOR,
  /** A clear violation with limited harm. */
  GENERAL,
  /** Repeated violations or real consumer harm. */
  SERIOUS,
  /** Grave violations (严重违法): the heavy end of the ladder, including the blacklist. */
  GRAVE
}
