package io.github.zhibo.core.check;

/**
 * The outcome of a {@link Decision}, ordered from the most to the least permissive so that combining
 * decisions is a maximum: {@code DENY} beats {@code REVIEW} beats {@code ALLOW}.
 */
public enum Outcome {

  /** Nothing stands in the way. */
  ALLOW,

  /** A person must decide (人工复核); also the outcome when a component could not decide. */
  REVIEW,

  /** The subject must not proceed. */
  DENY;

  /** The stricter of the two outcomes; used to combine decisions. */
  public Outcome max(Outcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
