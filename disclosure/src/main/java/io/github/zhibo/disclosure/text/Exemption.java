package io.github.zhibo.disclosure.text;

/** The evidence that exempts a term (《广告绝对化用语执法指南》 item 6), if any. */
public enum Exemption {
  /** No exemption (a verified registered trademark still covers the text it names). */
  NONE,
  /** A grade defined by a national, sector or local standard whose basis can be shown (item 6(3)). */
  STANDARD_GRADE,
  /** A time- and scope-bounded sales, ranking or market-share fact with evidence (item 6(6)). */
  BOUNDED_FACT,
  /** An authorisation on file (官方 / 旗舰 claims). */
  AUTHORIZATION,
  /** A basis on file (厂家直销, 清仓). */
  BASIS
}
