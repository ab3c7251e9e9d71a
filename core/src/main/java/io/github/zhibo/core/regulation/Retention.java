package io.github.zhibo.core.regulation;

import java.time.Period;
import java.util.Objects;

/**
 * The minimum time a kind of record must be kept, and the event the time counts from.
 *
 * <p>Where the text gives a period but no start event (the draft's "留存记录不少于三年"), the profile
 * still names an anchor, so code never guesses; {@link #anchorStated()} is then {@code false} and the
 * anchor is the profile's documented, conservative choice (the later event), not the text's.
 *
 * @param record the kind of record
 * @param minimum the minimum retention period, e.g. {@code P3Y}
 * @param countsFrom the event the period counts from
 * @param anchorStated whether the text itself names {@code countsFrom}
 * @param source the article that sets the period
 * @param holder who must keep the record: the platform, the room operator (Order 117 Art. 31) or the agency
 *     (draft Art. 35), which changes between the texts
 * @param kept what is kept, in the text's words (draft Art. 33 选品审核记录 vs Order 117 Art. 45 核验记录)
 */
public record Retention(
    RetainedRecord record, Period minimum, RetentionAnchor countsFrom, boolean anchorStated, ArticleRef source,
    io.github.zhibo.core.party.PartyRole holder, String kept) {

  public Retention {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(countsFrom, "countsFrom");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kept, "kept");
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException("a retention period must be positive: " + minimum);
    }
  }

  /**
   * The earliest day a record may be deleted, given the day of its anchor event ({@link #countsFrom()}):
   * the anchor plus the minimum, month-end clamped (Civil Code Art. 202). Feed it to the ledger's {@code
   * retainUntil}.
   */
  public java.time.LocalDate retainUntil(java.time.LocalDate anchorDay) {
    return Objects.requireNonNull(anchorDay, "anchorDay").plus(minimum);
  }
}
