package io.github.zhibo.tiering;

/** How a {@link Metric} is observed and compared. */
public enum MetricKind {
  /** A non-negative whole number (followers, orders, fen); fires at {@code observed >= threshold}. */
  COUNT,
  /** A non-negative decimal (a rate or a score); fires at {@code observed >= threshold}. */
  DECIMAL,
  /** Present or not (a credit-list entry); fires when present. */
  FLAG,
  /** The room sells in one of a set of goods or service categories; fires when it does. */
  CATEGORY
}
