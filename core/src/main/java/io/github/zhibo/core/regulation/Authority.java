package io.github.zhibo.core.regulation;

/** The two authorities that jointly issued the measures. */
public enum Authority {
  /** 市场监督管理部门: market regulation (SAMR and its local bureaus). */
  SAMR,
  /** 网信部门: cyberspace administration (CAC and its local offices). */
  CAC
}
