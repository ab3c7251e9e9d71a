package io.github.zhibo.core.regulation;

/**
 * A disposal measure (处置措施) a platform may take. Each profile lists the subset its text names, in the
 * text's order, together with the text's own Chinese wording.
 */
public enum Measure {
  /** 弹窗提示: a pop-up prompt during a live (draft Art. 12 only). */
  POPUP_PROMPT,
  /** 警示 / 警示提醒 / 违规警告. */
  WARNING,
  /** 限制功能. */
  FUNCTION_LIMIT,
  /** 限制流量. */
  TRAFFIC_LIMIT,
  /** 暂停直播: stop the live in progress. */
  PAUSE_LIVE,
  /** 临时停播: temporary suspension of broadcasting (draft Art. 7 only). */
  TEMPORARY_SUSPENSION,
  /** 限期停播: suspension of broadcasting for a fixed term (Order 117 Art. 12). */
  FIXED_TERM_SUSPENSION,
  /** 关闭账号 (Order 117) / 注销账号 (draft). */
  ACCOUNT_CLOSURE,
  /** 禁止重新注册账号. */
  REREGISTRATION_BAN,
  /** 列入黑名单 / 纳入黑名单. */
  BLACKLIST,
  /** 暂停服务: named outside the ladder, for unreachable sellers (draft Art. 15 ¶2 only). */
  SERVICE_SUSPENSION,
  /** 在其经营页面标注警示信息: a warning label on the store page, for unreachable sellers (draft Art. 15 ¶2 only). */
  WARNING_LABEL
}
