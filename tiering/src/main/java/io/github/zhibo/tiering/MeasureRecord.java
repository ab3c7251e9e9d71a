package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProfileId;
import java.time.Instant;
import java.util.Objects;

/**
 * A measure taken against a room, as the compliance record keeps it. Immutable.
 *
 * @param roomId the room
 * @param measure the measure
 * @param signalType the signal that caused it
 * @param at when
 * @param profile under which profile
 * @param article the article it was taken under
 */
public record MeasureRecord(String roomId, Measure measure, String signalType, Instant at, ProfileId profile,
    ArticleRef article) {
  /** Validates the parts. */
  public MeasureRecord {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(signalType, "signalType");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(article, "article");
  }
}
