package io.github.zhibo.training;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One bulletin passed on to one agency or operator: who received what, when, and when they acknowledged it.
 *
 * @param bulletinId the bulletin
 * @param recipient the agency or operator
 * @param role the recipient's role
 * @param sentAt when it was passed on
 * @param acknowledgedAt when the recipient confirmed reading it, if it did
 */
public record BulletinDelivery(String bulletinId, PartyId recipient, PartyRole role, Instant sentAt,
    Optional<Instant> acknowledgedAt) {

  /** Validates the parts. */
  public BulletinDelivery {
    Objects.requireNonNull(bulletinId, "bulletinId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    if (acknowledgedAt.isPresent() && acknowledgedAt.get().isBefore(sentAt)) {
      throw new IllegalArgumentException("a bulletin cannot be acknowledged before it was sent");
    }
  }
}
