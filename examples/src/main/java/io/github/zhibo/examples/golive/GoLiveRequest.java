package io.github.zhibo.examples.golive;

import io.github.zhibo.core.party.PartyId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the platform knows when a live is about to start: which live, whose room, who presents, when. Holds
 * only the platform's opaque ids; each component looks up what else it needs (registration, training
 * records, blacklist, tier, the room's page) by these ids.
 *
 * @param liveId the platform's id of the live session ({@code [A-Za-z0-9._:-]{1,64}})
 * @param roomOperator the live-room operator (直播间运营者)
 * @param marketers the marketers (直播营销人员) presenting, at least one, without duplicates, in order
 * @param startsAt when the live is to start
 */
public record GoLiveRequest(String liveId, PartyId roomOperator, List<PartyId> marketers, Instant startsAt) {
  private static final Pattern LIVE_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

  /** Validates the parts; duplicate marketers are dropped, keeping the first. */
  public GoLiveRequest {
    Objects.requireNonNull(liveId, "liveId");
    Objects.requireNonNull(roomOperator, "roomOperator");
    Objects.requireNonNull(startsAt, "startsAt");
    if (!LIVE_ID.matcher(liveId).matches()) {
      throw new IllegalArgumentException("a live id is 1-64 characters of [A-Za-z0-9._:-]");
    }
    marketers = List.copyOf(new LinkedHashSet<>(List.copyOf(marketers)));
    if (marketers.isEmpty()) {
      throw new IllegalArgumentException("a live needs at least one marketer");
    }
  }
}
