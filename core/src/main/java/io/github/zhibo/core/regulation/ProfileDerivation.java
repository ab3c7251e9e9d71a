package io.github.zhibo.core.regulation;

import static io.github.zhibo.core.regulation.ProfileKeys.*;

import io.github.zhibo.core.regulation.internal.StrictProperties;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a platform's profile from a base: only obligation parameters may change, and only towards
 * stricter values. The law itself (text, catalogue, sources, penalties, measures, link rules) stays the
 * base's, so every article reference still cites the base text.
 */
final class ProfileDerivation {

  private ProfileDerivation() {}

  static RegulationProfile derive(RegulationProfile base, Map<String, String> overrides, String resource) {
    var o = StrictProperties.of(resource, overrides);
    checkHeader(base, o);
    for (String key : overrides.keySet()) {
      checkOverridable(base, o, key);
    }
    var merged = new HashMap<>(base.raw());
    merged.putAll(o.asMap());
    var lineage = new ArrayList<ProfileId>();
    lineage.add(base.id());
    lineage.addAll(base.lineage());
    RegulationProfile derived = ProfileReader.read(StrictProperties.of(resource, merged), List.copyOf(lineage));
    checkTighter(base, derived, o);
    return derived;
  }

  private static void checkHeader(RegulationProfile base, StrictProperties o) {
    ProfileId basedOn = o.parse(BASED_ON, o.string(BASED_ON), ProfileId::of);
    if (!basedOn.equals(base.id())) {
      throw o.error(RegulationError.UNKNOWN_BASE, BASED_ON, "names " + basedOn + " but is applied to " + base.id());
    }
    ProfileId id = o.parse(ID, o.string(ID), ProfileId::of);
    o.string(VERSION);
    if (id.equals(base.id()) || base.lineage().contains(id)) {
      throw o.error(RegulationError.CYCLIC_OR_RESERVED_ID, ID, id + " is its own ancestor");
    }
    if (RegulationProfiles.bundled().contains(id)) {
      throw o.error(RegulationError.CYCLIC_OR_RESERVED_ID, ID, id + " is reserved for a bundled profile");
    }
  }

  private static void checkOverridable(RegulationProfile base, StrictProperties o, String key) {
    if (key.equals(ID) || key.equals(BASED_ON) || key.equals(VERSION)) return;
    if (key.equals(FORMAT)) {
      if (!FORMAT_VERSION.equals(o.string(key))) throw o.malformed(key, "this loader reads format " + FORMAT_VERSION);
      return;
    }
    if (!isTunable(key)) {
      throw o.error(RegulationError.NOT_OVERRIDABLE, key,
          "describes the law itself; a derived profile may only tighten " + tunableSummary());
    }
    String baseValue = base.raw().get(key);
    if (baseValue == null || StrictProperties.ABSENT.equals(baseValue)) {
      throw o.error(RegulationError.NOT_OVERRIDABLE, key, base.id() + " has no such obligation to tighten");
    }
    if (StrictProperties.ABSENT.equals(o.string(key))) {
      throw o.error(RegulationError.LOOSENING, key, "cannot remove an obligation " + base.id() + " has");
    }
  }

  private static boolean isTunable(String key) {
    return key.equals(REVERIFICATION_INTERVAL)
        || key.equals(CHANGE_REPORT + WORKING_DAYS)
        || key.equals(PLATFORM_CHANGE_CHECK + WORKING_DAYS)
        || key.equals(UNREACHABLE_REMINDER + WORKING_DAYS)
        || key.equals(BUYER_REPLAY)
        || key.equals(REPORT_MONTHS)
        || (key.startsWith(RETENTION) && isRecord(key.substring(RETENTION.length())))
        || (key.startsWith(REPORTING) && isMeasure(key.substring(REPORTING.length())));
  }

  private static boolean isMeasure(String name) {
    for (Measure m : Measure.values()) {
      if (m.name().equals(name)) return true;
    }
    return false;
  }

  private static boolean isRecord(String name) {
    for (RetainedRecord r : RetainedRecord.values()) {
      if (r.name().equals(name)) return true;
    }
    return false;
  }

  private static String tunableSummary() {
    return "[" + String.join(", ", REVERIFICATION_INTERVAL, CHANGE_REPORT + WORKING_DAYS,
        PLATFORM_CHANGE_CHECK + WORKING_DAYS, UNREACHABLE_REMINDER + WORKING_DAYS, RETENTION + "<RECORD>",
        BUYER_REPLAY, REPORT_MONTHS, REPORTING + "<MEASURE>") + "]";
  }

  private static void checkTighter(RegulationProfile base, RegulationProfile d, StrictProperties o) {
    if (!atMost(d.reverificationInterval(), base.reverificationInterval())) {
      throw loosening(o, REVERIFICATION_INTERVAL, d.reverificationInterval(), base.reverificationInterval());
    }
    atMostDays(o, CHANGE_REPORT, d.changeReport(), base.changeReport());
    atMostDays(o, UNREACHABLE_REMINDER, d.unreachablePartyReminder(), base.unreachablePartyReminder());
    base.platformChangeCheck().ifPresent(b -> atMostDays(o, PLATFORM_CHANGE_CHECK, d.platformChangeCheck().orElseThrow(), b));
    for (Retention b : base.retentions().values()) {
      Period dp = d.retention(b.record()).orElseThrow().minimum();
      if (!atMost(b.minimum(), dp)) throw loosening(o, RETENTION + b.record().name(), dp, b.minimum());
    }
    Optional<ReplayWindow> br = base.buyerReplay();
    if (br.isPresent() && !atMost(br.get().minimum(), d.buyerReplay().orElseThrow().minimum())) {
      throw loosening(o, BUYER_REPLAY, d.buyerReplay().get().minimum(), br.get().minimum());
    }
    // 等 after the heavy measures (Order 117 Art. 12 ¶3, draft Art. 7 ¶2) is read as closing the list; a
    // platform that reads it as open adds recipients to more measures, never removes any.
    for (Measure m : base.measures()) {
      var dr = d.reportingFor(m).recipients();
      if (!dr.containsAll(base.reportingFor(m).recipients())) {
        throw loosening(o, REPORTING + m.name(), dr, base.reportingFor(m).recipients());
      }
    }
    Set<java.time.Month> months = d.reportMonths();
    if (!months.containsAll(base.reportMonths())) {
      throw loosening(o, REPORT_MONTHS, months, base.reportMonths());
    }
  }

  private static void atMostDays(StrictProperties o, String prefix, WorkingDayDeadline d, WorkingDayDeadline b) {
    if (d.workingDays() > b.workingDays()) throw loosening(o, prefix + WORKING_DAYS, d.workingDays(), b.workingDays());
  }

  private static RegulationProfileException loosening(StrictProperties o, String key, Object derived, Object base) {
    return o.error(RegulationError.LOOSENING, key, derived + " is looser than the base's " + base);
  }

  /**
   * Whether {@code a} never ends later than {@code b} from the same start date. Periods mixing months and
   * days do not compare exactly (months differ in length), so this answers yes only when it is sure.
   */
  static boolean atMost(Period a, Period b) {
    if (a.toTotalMonths() <= b.toTotalMonths() && a.getDays() <= b.getDays()) return true;
    return a.toTotalMonths() * 31 + a.getDays() <= b.toTotalMonths() * 28 + b.getDays();
  }
}
