package io.github.zhibo.enforcement;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.internal.HistoryView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The measures taken per subject, for consumers that weigh a subject's record — tiering, key-subject
 * monitoring, compliance evaluation (draft Art. 13: 作为评价直播间合规情况的依据; Order 117 Art. 12 ¶3: 作为评价…合规情况的参考).
 *
 * <p>A snapshot: immutable and thread-safe; it does not change when the workflow takes more measures (ask the
 * workflow for a new one). Windows are "the last N months up to and including {@code asOf}": measures taken
 * after {@code asOf} minus N months (month-end clamped) and on or before {@code asOf}.
 */
public interface MeasureHistory {

  /** A history over {@code records}, e.g. loaded from the platform's own store. */
  static MeasureHistory of(Collection<MeasureRecord> records) {
    return HistoryView.of(records);
  }

  /** Every measure on {@code subject}, oldest first (by day taken, then id). */
  List<MeasureRecord> measures(PartyId subject);

  /** The measures on {@code subject} taken in the last {@code months} months up to {@code asOf}. */
  List<MeasureRecord> takenWithin(PartyId subject, int months, LocalDate asOf);

  /** The measures binding {@code subject} on {@code day}. */
  List<MeasureRecord> inForceOn(PartyId subject, LocalDate day);

  /** How many measures on {@code subject} in the window came from cases of each grade; every grade is a key. */
  Map<ViolationGrade, Long> countsByGrade(PartyId subject, int months, LocalDate asOf);

  /** How many of each measure {@code subject} received in the window; only measures that occur are keys. */
  Map<Measure, Long> countsByMeasure(PartyId subject, int months, LocalDate asOf);

  /** Every subject with at least one measure, in id order. */
  List<PartyId> subjects();
}
