package io.github.zhibo.core.regulation;

import io.github.zhibo.core.regulation.internal.StrictProperties;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled regulation profiles, and derivation of a platform's own profile from them.
 *
 * <p><b>Resources.</b> Each bundled profile is one UTF-8 {@code .properties} resource next to this class
 * ({@code ORDER_117.properties}, {@code DRAFT_2025.properties}), read strictly: every key is required
 * unless the format marks it optional with the value {@code absent}, no key may appear twice, and an
 * unknown key is an error. Article references are written relative to the profile's text, {@code 8(1)}
 * or {@code 26(2)1} (article, paragraph, item).
 *
 * <p><b>Derivation.</b> An override file (same format) names {@code profile.id}, {@code profile.version}
 * and {@code profile.basedOn}, and overrides any of: {@code reverification.interval},
 * {@code changeReport.workingDays}, {@code platformChangeCheck.workingDays},
 * {@code unreachableReminder.workingDays}, {@code retention.<RECORD>}, {@code buyerReplay},
 * {@code report.months}. A derived profile may only <em>tighten</em>: shorter intervals and deadlines,
 * longer retention and replay, more report months; it cannot add an obligation its base's text does not
 * have, nor drop one. Everything else describes the law (catalogue, article references, measures and
 * their reporting, link rules, penalties) and stays the base's; overriding it is an error. This keeps
 * every finding made under a derived profile traceable to the base text's articles.
 *
 * <p>Bundled profiles are loaded once and cached. All methods are thread-safe.
 */
public final class RegulationProfiles {

  private static final List<ProfileId> BUNDLED = List.of(ProfileId.ORDER_117, ProfileId.DRAFT_2025);
  private static final ConcurrentHashMap<ProfileId, RegulationProfile> CACHE = new ConcurrentHashMap<>();

  private RegulationProfiles() {}

  /** The default profile: Order No. 117, the text in force. */
  public static RegulationProfile defaultProfile() {
    return get(ProfileId.ORDER_117);
  }

  /** The ids of the bundled profiles. */
  public static Set<ProfileId> bundled() {
    return Set.copyOf(BUNDLED);
  }

  /**
   * A bundled profile.
   *
   * @throws RegulationProfileException with {@link RegulationError#UNKNOWN_PROFILE} if none has this id,
   *     or another code if its resource is broken
   */
  public static RegulationProfile get(ProfileId id) {
    Objects.requireNonNull(id, "id");
    if (!BUNDLED.contains(id)) {
      throw new RegulationProfileException(RegulationError.UNKNOWN_PROFILE, id.value(), null,
          "no bundled profile has this id; bundled: " + BUNDLED);
    }
    return CACHE.computeIfAbsent(id, RegulationProfiles::loadBundled);
  }

  /**
   * Derives a profile from the bundled profile its {@code profile.basedOn} names.
   *
   * @param sourceName a name for the overrides (a file name, say), used in error messages
   * @throws RegulationProfileException if the base is unknown, or a key is malformed, not overridable or
   *     looser than the base
   */
  public static RegulationProfile derive(String sourceName, Reader overrides) {
    var o = StrictProperties.load(sourceName, overrides);
    String basedOn = o.string(ProfileKeys.BASED_ON);
    ProfileId base = o.parse(ProfileKeys.BASED_ON, basedOn, ProfileId::of);
    if (!BUNDLED.contains(base)) {
      throw o.error(RegulationError.UNKNOWN_BASE, ProfileKeys.BASED_ON,
          base + " is not a bundled profile; derive from a custom base with derive(base, name, reader)");
    }
    return ProfileDerivation.derive(get(base), o.asMap(), sourceName);
  }

  /**
   * Derives a profile from {@code base}, which may itself be derived; {@code profile.basedOn} must name it.
   *
   * @param sourceName a name for the overrides, used in error messages
   * @throws RegulationProfileException as {@link #derive(String, Reader)}
   */
  public static RegulationProfile derive(RegulationProfile base, String sourceName, Reader overrides) {
    Objects.requireNonNull(base, "base");
    return ProfileDerivation.derive(base, StrictProperties.load(sourceName, overrides).asMap(), sourceName);
  }

  /** Reads a bundled profile's resource and checks it is what its name says. */
  static RegulationProfile loadBundled(ProfileId id) {
    String resource = id.value() + ".properties";
    try (InputStream in = RegulationProfiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RegulationProfileException(RegulationError.UNKNOWN_PROFILE, resource, null, "resource missing");
      }
      return checkBundled(id, read(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new RegulationProfileException(RegulationError.UNREADABLE, resource, null, e.toString(), e);
    }
  }

  /** Reads a complete (not derived) profile; package-private for tests of broken resources. */
  static RegulationProfile read(String resource, Reader reader) {
    return ProfileReader.read(StrictProperties.load(resource, reader), List.of());
  }

  private static RegulationProfile checkBundled(ProfileId id, RegulationProfile p) {
    String resource = id.value() + ".properties";
    if (!p.id().equals(id) || !p.text().name().equals(id.value())) {
      throw new RegulationProfileException(RegulationError.INCONSISTENT, resource, ProfileKeys.ID,
          "resource declares " + p.id() + " on " + p.text());
    }
    if (p.basedOn().isPresent()) {
      throw new RegulationProfileException(RegulationError.INCONSISTENT, resource, ProfileKeys.BASED_ON,
          "a bundled profile is not derived");
    }
    return p;
  }
}
