package io.github.zhibo.tiering;

import java.util.Objects;

/**
 * A room whose decision would change under a candidate policy. Immutable.
 *
 * @param roomId the room
 * @param activeTier its tier under the active policy
 * @param candidateTier its tier under the candidate
 * @param activeKey its key status under the active policy
 * @param candidateKey its key status under the candidate
 */
public record TierChange(String roomId, Tier activeTier, Tier candidateTier, boolean activeKey, boolean candidateKey) {
  /** Validates the parts. */
  public TierChange {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(activeTier, "activeTier");
    Objects.requireNonNull(candidateTier, "candidateTier");
  }

  /** Whether the tier changes. */
  public boolean tierChanged() {
    return activeTier != candidateTier;
  }

  /** Whether the key status changes. */
  public boolean keyChanged() {
    return activeKey != candidateKey;
  }
}
