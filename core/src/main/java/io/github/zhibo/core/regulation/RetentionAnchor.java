package io.github.zhibo.core.regulation;

/** The event a retention period or replay window counts from. */
public enum RetentionAnchor {
  /** The end of the live (直播结束之日). */
  END_OF_LIVE,
  /** The completion of the transaction (交易完成之日). */
  TRANSACTION_COMPLETION
}
