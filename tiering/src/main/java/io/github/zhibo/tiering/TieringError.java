package io.github.zhibo.tiering;

import io.github.zhibo.core.ErrorCode;

/** Stable codes of the tiering module's failures. */
public enum TieringError implements ErrorCode {
  /** A policy document is not well-formed JSON or YAML, or has a field of the wrong type or an unknown one. */
  POLICY_UNREADABLE("ZB-TIER-0001"),
  /** A policy is well-formed but inconsistent (tiers with gaps, a rule for an undefined tier…). */
  POLICY_INVALID("ZB-TIER-0002"),
  /** A policy uses a key-subject trigger the profile's text does not name, or was written for another profile. */
  POLICY_NOT_FOR_PROFILE("ZB-TIER-0003"),
  /** The profile has no tiered-management obligation, or no bundled tiering data. */
  PROFILE_UNSUPPORTED("ZB-TIER-0004");

  private final String id;

  TieringError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
