package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link BarList} is asked: may this person present goods in this live? {@link #toString()} masks the
 * document.
 *
 * @param marketer the marketer's party id
 * @param document the marketer's identity document (the identity anchor for blacklist matching)
 * @param live the live
 * @param startAt when the live starts
 * @param profile the profile the gate decides under
 */
public record BarQuery(PartyId marketer, IdentityDocument document, PartyId live, Instant startAt, ProfileId profile) {

  /** Validates the parts. */
  public BarQuery {
    Objects.requireNonNull(marketer, "marketer");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(profile, "profile");
  }
}
