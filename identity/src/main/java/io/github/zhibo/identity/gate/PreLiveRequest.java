package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.PartyId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The subject of the {@link PreLiveIdentityGate}: one live about to start and every marketer who will appear
 * in it.
 *
 * @param live the platform's id of the live (session)
 * @param operator the room operator running it
 * @param startAt when it is scheduled to start
 * @param marketers 1-1000 marketers, each once
 */
public record PreLiveRequest(PartyId live, PartyId operator, Instant startAt, List<MarketerEntry> marketers) {
  private static final int MAX_MARKETERS = 1000;

  /** Validates the parts. */
  public PreLiveRequest {
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(startAt, "startAt");
    marketers = List.copyOf(marketers);
    if (marketers.isEmpty() || marketers.size() > MAX_MARKETERS) {
      throw new IllegalArgumentException("a live has 1-" + MAX_MARKETERS + " marketers");
    }
    var ids = new HashSet<PartyId>();
    for (MarketerEntry m : marketers) {
      if (!ids.add(m.marketer().id())) {
        throw new IllegalArgumentException("marketer listed twice: " + m.marketer().id());
      }
    }
  }
}
