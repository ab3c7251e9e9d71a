package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.disclosure.model.DisplayLocation;
import io.github.zhibo.disclosure.model.OperatorType;
import io.github.zhibo.disclosure.model.ProductKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per legal text: what must be shown where ({@code profile-rules.properties}). Immutable, cached per text,
 * thread-safe.
 */
final class ProfileRules {

  /** Required operator disclosure for one legal form. */
  record OperatorRule(Obligation obligation, Set<DisplayLocation> locations, boolean anyShown, List<String> fields,
      Optional<DisplayLocation> fieldsWhen) {}

  private static final Properties DATA = load();
  private static final Map<LegalText, ProfileRules> CACHE = new ConcurrentHashMap<>();

  private final Map<OperatorType, OperatorRule> operator = new EnumMap<>(OperatorType.class);
  private final Map<ProductKind, List<String>> productFields = new EnumMap<>(ProductKind.class);
  private final Obligation priceObligation;
  private final boolean meaningRequired;
  private final Set<DisplayLocation> agencyLocations;

  private ProfileRules(LegalText text) {
    String p = text.name() + ".";
    for (OperatorType t : OperatorType.values()) {
      String k = p + "operator." + t + ".";
      String locs = require(k + "locations");
      boolean any = locs.equals("ANY_SHOWN");
      String when = DATA.getProperty(k + "fieldsWhen");
      operator.put(t, new OperatorRule(Obligation.valueOf(require(k + "obligation")),
          any ? EnumSet.noneOf(DisplayLocation.class) : locations(locs), any, list(require(k + "fields")),
          when == null ? Optional.empty() : Optional.of(DisplayLocation.valueOf(when.strip()))));
    }
    for (ProductKind kind : ProductKind.values()) {
      productFields.put(kind, list(require(p + "product." + kind + ".fields")));
    }
    priceObligation = Obligation.valueOf(require(p + "product.priceObligation"));
    meaningRequired = Boolean.parseBoolean(require(p + "price.meaningRequired"));
    agencyLocations = locations(require(p + "agency.locations"));
  }

  static ProfileRules of(RegulationProfile profile) {
    return CACHE.computeIfAbsent(profile.text(), ProfileRules::new);
  }

  OperatorRule operator(OperatorType type) {
    return operator.get(type);
  }

  List<String> productFields(ProductKind kind) {
    return productFields.get(kind);
  }

  Obligation priceObligation() {
    return priceObligation;
  }

  boolean meaningRequired() {
    return meaningRequired;
  }

  Set<DisplayLocation> agencyLocations() {
    return agencyLocations;
  }

  private static Set<DisplayLocation> locations(String csv) {
    EnumSet<DisplayLocation> set = EnumSet.noneOf(DisplayLocation.class);
    for (String s : list(csv)) set.add(DisplayLocation.valueOf(s));
    return set;
  }

  private static List<String> list(String csv) {
    return List.of(csv.strip().split("\\s*,\\s*"));
  }

  private static String require(String key) {
    String v = DATA.getProperty(key);
    if (v == null) throw new IllegalStateException("profile-rules.properties has no " + key);
    return v.strip();
  }

  private static Properties load() {
    var p = new Properties();
    try (InputStream in = ProfileRules.class.getResourceAsStream("profile-rules.properties")) {
      if (in == null) throw new IllegalStateException("profile-rules.properties is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
