package io.github.zhibo.core.regulation;

/** The kinds of record a text gives a minimum retention period for. */
public enum RetainedRecord {
  /** Video of live transaction activity (直播视频; in Order 117 the replay record within the transaction information). */
  LIVE_VIDEO,
  /** Transaction information (交易信息): account, replay, interaction, page snapshot, payments, logistics, after-sales. */
  TRANSACTION_INFO,
  /** The room operator's verification of sellers and review of product selection (选品). */
  SELLER_VERIFICATION,
  /** The room operator's verification of marketers' identity and qualifications. */
  MARKETER_VERIFICATION,
  /** The agency's product-selection review or seller verification. */
  AGENCY_SELECTION_REVIEW,
  /** Records of on-the-spot corrections of marketers' statements (纠错记录). */
  CORRECTION
}
