package io.github.zhibo.blacklist;

/** When a platform screens against its blacklist (DRAFT_2025/ORDER_117 Art. 14: no way back in). */
public enum ScreeningOccasion {
  /** A new account registers (重新申请账号). */
  REGISTRATION,
  /** An account is migrated or transferred to a new owner (账号迁移). */
  ACCOUNT_MIGRATION,
  /** A marketer agency is onboarded or a marketer joins one. */
  AGENCY_ONBOARDING,
  /** Before each live broadcast (开播前). */
  PRE_LIVE
}
