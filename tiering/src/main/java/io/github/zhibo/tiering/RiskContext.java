package io.github.zhibo.tiering;

import io.github.zhibo.core.party.PartyId;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link io.github.zhibo.tiering.spi.RiskModel} is asked about: one room, whether it is live now, and
 * the platform's own non-personal features (scores, counters) keyed by name. A record so it can grow
 * without breaking models. Immutable.
 *
 * @param room the room operator's platform id
 * @param live whether a live is in progress (risk measures are live interventions)
 * @param features model inputs, e.g. {@code falsePromotionScore}; no personal data
 */
public record RiskContext(PartyId room, boolean live, Map<String, Double> features) {
  /** Validates and copies. */
  public RiskContext {
    Objects.requireNonNull(room, "room");
    features = Map.copyOf(features);
  }

  /** A context without features. */
  public static RiskContext of(PartyId room, boolean live) {
    return new RiskContext(room, live, Map.of());
  }
}
