package io.github.zhibo.disclosure.text;

/** What kind of claim a lexicon term makes; decides the rule a hit is reported under. */
public enum TermCategory {
  /** An absolute term (广告法 Art. 9(3): 最佳, 第一, 顶级 …). */
  ABSOLUTE,
  /** False authority or state symbols (国家级, 特供, 国徽 …). */
  FALSE_AUTHORITY,
  /** Vague urgency (随时涨价, 最后一波 …). */
  URGENCY,
  /** An official or flagship claim that needs an authorisation on file (官方旗舰 …). */
  OFFICIAL_CLAIM,
  /** A claim that needs a basis on file (厂家直销, 清仓 …). */
  BASIS_CLAIM,
  /** Medical efficacy or cure claims (治愈, 根治 …). */
  MEDICAL_CLAIM,
  /** Investment return or safety claims (保本, 稳赚 …). */
  FINANCE_CLAIM,
  /** Education or training outcome claims (保过, 提分 …). */
  EDUCATION_CLAIM,
  /** An allow-list cover (第一次, 最佳赏味期 …): a deny hit inside it is not reported. */
  ALLOW
}
