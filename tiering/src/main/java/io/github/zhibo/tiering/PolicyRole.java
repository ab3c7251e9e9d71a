package io.github.zhibo.tiering;

/** Why a policy version is recorded in the ledger. */
public enum PolicyRole {
  /** The policy was evaluated in shadow beside the active one. */
  CANDIDATE,
  /** The policy became the active one. */
  ACTIVATED
}
