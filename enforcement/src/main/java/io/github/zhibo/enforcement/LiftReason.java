package io.github.zhibo.enforcement;

/** Why a measure was lifted. */
public enum LiftReason {
  /** Its fixed term ended. */
  TERM_ENDED,
  /** The subject's update was verified (Order 117 Art. 22 ¶4; draft Art. 15 ¶2). */
  UPDATE_VERIFIED,
  /** The appeal review found for the subject. */
  APPEAL_GRANTED,
  /** The blacklisting it belongs to expired (Order 117 Art. 14 ¶3: 移出并同步解除相应的处置措施). */
  BLACKLIST_EXPIRED,
  /** The platform lifted it on its own decision (e.g. a regulator withdrew its notice). */
  PLATFORM_DECISION
}
