package io.github.zhibo.tiering;

/** The document formats a {@link TierPolicy} is read from. */
public enum PolicyFormat {
  /** JSON. */
  JSON,
  /** YAML (the same fields as JSON). */
  YAML
}
