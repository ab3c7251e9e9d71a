package io.github.zhibo.tiering.internal;

import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.Metric;
import io.github.zhibo.tiering.Monitoring;
import io.github.zhibo.tiering.TierPolicyException;
import io.github.zhibo.tiering.TieringError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tiering articles' legal data per bundled text (key-subject trigger metrics, required monitoring, the
 * life-and-health categories), read from {@code profile-tiering.properties}. Core should carry this in the
 * profiles; until it does, this module bundles it. Immutable.
 *
 * @param keyMetrics per obligation, the metrics a trigger may test
 * @param monitoring per obligation, the monitoring a triggered room needs
 * @param lifeHealthCategories the category ids concerning life and health
 */
public record ProfileTiering(Map<Obligation, Set<Metric>> keyMetrics, Map<Obligation, Set<Monitoring>> monitoring,
    Set<String> lifeHealthCategories) {

  private static final Properties DATA = load();

  private static Properties load() {
    var p = new Properties();
    try (InputStream in = ProfileTiering.class.getResourceAsStream("/io/github/zhibo/tiering/profile-tiering.properties")) {
      if (in == null) throw new IllegalStateException("profile-tiering.properties is missing from the jar");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The bundled text {@code profile} is, or derives from. */
  public static ProfileId bundledBase(RegulationProfile profile) {
    RegulationProfile p = profile;
    for (int depth = 0; depth < 8; depth++) {
      if (DATA.containsKey(p.id().value() + ".lifeHealthCategories")) return p.id();
      Optional<ProfileId> base = p.basedOn();
      if (base.isEmpty()) break;
      p = RegulationProfiles.get(base.get());
    }
    throw new TierPolicyException(TieringError.PROFILE_UNSUPPORTED, "no tiering data for profile " + profile.id());
  }

  /** The data for {@code profile}. */
  public static ProfileTiering forProfile(RegulationProfile profile) {
    String prefix = bundledBase(profile).value() + ".";
    var metrics = new EnumMap<Obligation, Set<Metric>>(Obligation.class);
    var monitoring = new EnumMap<Obligation, Set<Monitoring>>(Obligation.class);
    for (Obligation o : new Obligation[] {Obligation.KEY_SUBJECT_MONITORING, Obligation.COMPLAINT_CONCENTRATION}) {
      var ms = EnumSet.noneOf(Metric.class);
      for (String s : list(prefix + "keySubject.metrics." + o)) ms.add(Metric.valueOf(s));
      var mon = EnumSet.noneOf(Monitoring.class);
      for (String s : list(prefix + "monitoring." + o)) mon.add(Monitoring.valueOf(s));
      metrics.put(o, Set.copyOf(ms));
      monitoring.put(o, Set.copyOf(mon));
    }
    return new ProfileTiering(Map.copyOf(metrics), Map.copyOf(monitoring),
        Set.copyOf(new TreeSet<>(list(prefix + "lifeHealthCategories"))));
  }

  private static java.util.List<String> list(String key) {
    String v = DATA.getProperty(key, "").trim();
    return v.isEmpty() ? java.util.List.of() : java.util.List.of(v.split("\\s*,\\s*"));
  }
}
