package io.github.zhibo.core.regulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which measures a violation or risk signal of each grade permits (比例原则): a component proposes a
 * measure and the table says whether it is allowed, and never lets a grade reach a heavier measure than
 * the table grants it. Every measure must belong to the profile's ladder.
 *
 * <p>The default ({@link #defaults(RegulationProfile)}) splits the profile's disposal ladder, mildest first,
 * into four cumulative bands; a platform supplies its own with {@link #of}. Immutable and thread-safe.
 */
public final class ProportionalityTable {

  private final ProfileId profile;
  private final Map<ViolationGrade, Set<Measure>> allowed;

  private ProportionalityTable(ProfileId profile, Map<ViolationGrade, Set<Measure>> allowed) {
    this.profile = profile;
    this.allowed = allowed;
  }

  /**
   * A table for {@code profile}: for each grade, the measures it permits.
   *
   * @throws IllegalArgumentException if a grade is missing, a measure is not in the profile's disposal or
   *     live ladders, or a graver grade permits less than a lighter one
   */
  public static ProportionalityTable of(RegulationProfile profile, Map<ViolationGrade, Set<Measure>> allowed) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(allowed, "allowed");
    var known = EnumSet.noneOf(Measure.class);
    known.addAll(profile.measures());
    known.addAll(profile.liveInterventions().measures());
    var copy = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    Set<Measure> previous = Set.of();
    for (ViolationGrade g : ViolationGrade.values()) {
      Set<Measure> set = allowed.get(g);
      if (set == null) throw new IllegalArgumentException("no measures for grade " + g);
      for (Measure m : set) {
        if (!known.contains(m)) throw new IllegalArgumentException(profile.id() + " has no measure " + m);
      }
      if (!set.containsAll(previous)) {
        throw new IllegalArgumentException(g + " must permit at least what the lighter grades permit");
      }
      Set<Measure> s = set.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(set));
      copy.put(g, s);
      previous = s;
    }
    return new ProportionalityTable(profile.id(), Collections.unmodifiableMap(copy));
  }

  /**
   * The default table: for {@code MINOR} the first quarter of the ladder plus pop-up prompts and warnings
   * during a live; for {@code GENERAL} half the ladder and every live intervention; for {@code SERIOUS}
   * all but the blacklist; for {@code GRAVE} everything.
   */
  public static ProportionalityTable defaults(RegulationProfile profile) {
    List<Measure> ladder = profile.measures();
    int n = ladder.size();
    var map = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    map.put(ViolationGrade.MINOR, band(ladder, Math.max(1, n / 4)));
    map.put(ViolationGrade.GENERAL, band(ladder, Math.max(1, n / 2)));
    map.put(ViolationGrade.SERIOUS, band(ladder, ladder.contains(Measure.BLACKLIST) ? n - 1 : n));
    map.put(ViolationGrade.GRAVE, band(ladder, n));
    Set<Measure> mild = EnumSet.of(Measure.POPUP_PROMPT, Measure.WARNING);
    for (ViolationGrade g : ViolationGrade.values()) {
      var withLive = EnumSet.copyOf(map.get(g));
      for (Measure m : profile.liveInterventions().measures()) {
        if (g != ViolationGrade.MINOR || mild.contains(m)) withLive.add(m);
      }
      map.put(g, withLive);
    }
    return of(profile, map);
  }

  private static Set<Measure> band(List<Measure> ladder, int count) {
    var s = EnumSet.noneOf(Measure.class);
    s.addAll(ladder.subList(0, count));
    return s;
  }

  /** The profile the table was made for. */
  public ProfileId profile() {
    return profile;
  }

  /** The measures {@code grade} permits. */
  public Set<Measure> allowed(ViolationGrade grade) {
    return allowed.get(Objects.requireNonNull(grade, "grade"));
  }

  /** Whether {@code grade} permits {@code measure}. */
  public boolean permits(ViolationGrade grade, Measure measure) {
    return allowed(grade).contains(Objects.requireNonNull(measure, "measure"));
  }

  /** The lightest grade that permits {@code measure}, i.e. how grave a case must be to justify it. */
  public java.util.Optional<ViolationGrade> lightestGradeFor(Measure measure) {
    for (ViolationGrade g : ViolationGrade.values()) {
      if (permits(g, measure)) return java.util.Optional.of(g);
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return "ProportionalityTable[" + profile + " " + allowed + "]";
  }
}
