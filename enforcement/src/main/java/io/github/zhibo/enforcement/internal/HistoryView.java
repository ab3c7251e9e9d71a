package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.enforcement.MeasureHistory;
import io.github.zhibo.enforcement.MeasureRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The immutable {@link MeasureHistory}: records grouped by subject, oldest first. Thread-safe. */
public final class HistoryView implements MeasureHistory {

  private static final Comparator<MeasureRecord> ORDER =
      Comparator.comparing(MeasureRecord::takenOn).thenComparing(MeasureRecord::measureId);

  private final Map<PartyId, List<MeasureRecord>> bySubject;

  private HistoryView(Map<PartyId, List<MeasureRecord>> bySubject) {
    this.bySubject = bySubject;
  }

  /** A view over {@code records}; a later record with the same id replaces an earlier one. */
  public static MeasureHistory of(Collection<MeasureRecord> records) {
    Objects.requireNonNull(records, "records");
    var byId = new HashMap<String, MeasureRecord>();
    for (MeasureRecord r : records) byId.put(Objects.requireNonNull(r, "record").measureId(), r);
    var grouped = new HashMap<PartyId, List<MeasureRecord>>();
    for (MeasureRecord r : byId.values()) grouped.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
    var frozen = new HashMap<PartyId, List<MeasureRecord>>();
    grouped.forEach((k, v) -> {
      v.sort(ORDER);
      frozen.put(k, List.copyOf(v));
    });
    return new HistoryView(Collections.unmodifiableMap(frozen));
  }

  @Override
  public List<MeasureRecord> measures(PartyId subject) {
    return bySubject.getOrDefault(Objects.requireNonNull(subject, "subject"), List.of());
  }

  @Override
  public List<MeasureRecord> takenWithin(PartyId subject, int months, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (months < 0) throw new IllegalArgumentException("a window of months cannot be negative: " + months);
    LocalDate after = asOf.minusMonths(months);
    return measures(subject).stream()
        .filter(r -> r.takenOn().isAfter(after) && !r.takenOn().isAfter(asOf))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public List<MeasureRecord> inForceOn(PartyId subject, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return measures(subject).stream().filter(r -> r.inForceOn(day)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Map<ViolationGrade, Long> countsByGrade(PartyId subject, int months, LocalDate asOf) {
    var counts = new EnumMap<ViolationGrade, Long>(ViolationGrade.class);
    for (ViolationGrade g : ViolationGrade.values()) counts.put(g, 0L);
    for (MeasureRecord r : takenWithin(subject, months, asOf)) counts.merge(r.grade(), 1L, Long::sum);
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public Map<Measure, Long> countsByMeasure(PartyId subject, int months, LocalDate asOf) {
    var counts = new EnumMap<Measure, Long>(Measure.class);
    for (MeasureRecord r : takenWithin(subject, months, asOf)) counts.merge(r.measure(), 1L, Long::sum);
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public List<PartyId> subjects() {
    return bySubject.keySet().stream().sorted(Comparator.comparing(PartyId::value))
        .collect(Collectors.toUnmodifiableList());
  }
}
