package io.github.zhibo.tiering.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.tiering.Criterion;
import io.github.zhibo.tiering.KeyTrigger;
import io.github.zhibo.tiering.Metric;
import io.github.zhibo.tiering.PolicyFormat;
import io.github.zhibo.tiering.Tier;
import io.github.zhibo.tiering.TierPolicy;
import io.github.zhibo.tiering.TierPolicyException;
import io.github.zhibo.tiering.TierRule;
import io.github.zhibo.tiering.TierSpec;
import io.github.zhibo.tiering.TieringError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads and writes tier policy documents (JSON and YAML share one shape). */
public final class PolicyDocuments {

  private static final ObjectMapper JSON = configure(JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)).build();
  private static final ObjectMapper YAML = configure(YAMLMapper.builder()).build();

  private PolicyDocuments() {}

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b) {
    return b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  /** The document shape. */
  record PolicyDoc(@Nullable String id, @Nullable String version, @Nullable String profile,
      @Nullable BigDecimal hysteresisBand, @Nullable List<String> lifeHealthCategories,
      @Nullable List<TierDoc> tiers, @Nullable List<CriterionDoc> rules, @Nullable List<CriterionDoc> keySubject,
      @Nullable String keySubjectTier) {}

  /** One tier. */
  record TierDoc(@Nullable String tier, @Nullable List<String> scope) {}

  /** One rule ({@code tier} set) or trigger ({@code basis} optional). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CriterionDoc(@Nullable String metric, @Nullable BigDecimal atLeast, @Nullable BigDecimal stayAtLeast,
      @Nullable List<String> categories, @Nullable Boolean clearedByCreditRepair, @Nullable String tier,
      @Nullable String basis) {}

  /** Reads a document. */
  public static TierPolicy read(InputStream in, PolicyFormat format) {
    PolicyDoc doc;
    try {
      doc = (format == PolicyFormat.YAML ? YAML : JSON).readValue(in, PolicyDoc.class);
    } catch (JsonMappingException e) {
      throw unreadable(where(e) + "wrong type, unknown field or malformed value", e);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw unreadable("not well-formed " + format + (loc == null ? "" : " at line " + loc.getLineNr()), e);
    } catch (IOException e) {
      throw unreadable("cannot read the document (" + e.getClass().getSimpleName() + ")", e);
    }
    if (doc == null) throw unreadable("empty document", null);
    return toPolicy(doc, null);
  }

  /** Reads a file; the extension picks the format. */
  public static TierPolicy read(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    PolicyFormat format = name.endsWith(".yaml") || name.endsWith(".yml") ? PolicyFormat.YAML : PolicyFormat.JSON;
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format);
    } catch (NoSuchFileException e) {
      throw unreadable("no such file", e);
    } catch (IOException e) {
      throw unreadable("cannot read the file (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static final java.util.concurrent.ConcurrentMap<ProfileId, TierPolicy> DEFAULTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The bundled default for the profile or the profile it derives from (read once per text, then shared). */
  public static TierPolicy bundledDefault(RegulationProfile profile) {
    ProfileId base = ProfileTiering.bundledBase(profile);
    TierPolicy cached = DEFAULTS.get(base);
    if (cached != null) return cached;
    TierPolicy p = readBundled(base, profile);
    TierPolicy raced = DEFAULTS.putIfAbsent(base, p);
    return raced != null ? raced : p;
  }

  private static TierPolicy readBundled(ProfileId base, RegulationProfile profile) {
    String resource = "/io/github/zhibo/tiering/default-policy-" + base.value() + ".yaml";
    try (InputStream in = PolicyDocuments.class.getResourceAsStream(resource)) {
      if (in == null) throw new TierPolicyException(TieringError.PROFILE_UNSUPPORTED, "no default tier policy for " + base);
      PolicyDoc doc = YAML.readValue(in, PolicyDoc.class);
      return toPolicy(doc, ProfileTiering.forProfile(profile).lifeHealthCategories());
    } catch (IOException e) {
      throw new TierPolicyException(TieringError.PROFILE_UNSUPPORTED, "bundled tier policy unreadable", e);
    }
  }

  private static String where(JsonMappingException e) {
    var sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) sb.append('.');
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "" : sb + ": ";
  }

  private static TierPolicyException unreadable(String detail, @Nullable Throwable cause) {
    return new TierPolicyException(TieringError.POLICY_UNREADABLE, "tier policy: " + detail, cause);
  }

  private static TierPolicyException invalid(String path, String detail) {
    return new TierPolicyException(TieringError.POLICY_INVALID, "tier policy: " + path + ": " + detail);
  }

  private static TierPolicy toPolicy(PolicyDoc d, @Nullable Set<String> defaultLifeHealth) {
    String id = required(d.id(), "id");
    String version = required(d.version(), "version");
    ProfileId profile;
    try {
      profile = ProfileId.of(required(d.profile(), "profile"));
    } catch (IllegalArgumentException e) {
      throw invalid("profile", "not a profile id");
    }
    List<TierSpec> tiers = new ArrayList<>();
    List<TierDoc> tierDocs = required(d.tiers(), "tiers");
    for (int i = 0; i < tierDocs.size(); i++) {
      TierDoc t = tierDocs.get(i);
      String path = "tiers[" + i + "]";
      Tier tier = tier(required(t.tier(), path + ".tier"), path + ".tier");
      List<String> scope = t.scope() == null ? List.of() : t.scope();
      tiers.add(build(path, () -> new TierSpec(tier, scope)));
    }
    List<TierRule> rules = new ArrayList<>();
    List<CriterionDoc> ruleDocs = d.rules() == null ? List.of() : d.rules();
    for (int i = 0; i < ruleDocs.size(); i++) {
      CriterionDoc r = ruleDocs.get(i);
      String path = "rules[" + i + "]";
      if (r.basis() != null) throw invalid(path + ".basis", "a tier rule has no basis (only keySubject triggers do)");
      Criterion c = criterion(r, path);
      Tier tier = tier(required(r.tier(), path + ".tier"), path + ".tier");
      rules.add(new TierRule(c, tier));
    }
    List<KeyTrigger> triggers = new ArrayList<>();
    List<CriterionDoc> triggerDocs = d.keySubject() == null ? List.of() : d.keySubject();
    for (int i = 0; i < triggerDocs.size(); i++) {
      CriterionDoc r = triggerDocs.get(i);
      String path = "keySubject[" + i + "]";
      if (r.tier() != null) throw invalid(path + ".tier", "a key-subject trigger grants key status, not a tier");
      Criterion c = criterion(r, path);
      Obligation basis = r.basis() == null ? KeyTrigger.defaultBasis(c.metric())
          : enumValue(r.basis(), path + ".basis", Obligation::valueOf);
      triggers.add(build(path, () -> new KeyTrigger(c, basis)));
    }
    Set<String> lifeHealth = d.lifeHealthCategories() != null ? new TreeSet<>(d.lifeHealthCategories())
        : defaultLifeHealth != null ? defaultLifeHealth : Set.of();
    BigDecimal band = d.hysteresisBand() == null ? BigDecimal.ZERO : d.hysteresisBand();
    Tier keyTier = d.keySubjectTier() == null ? null : tier(d.keySubjectTier(), "keySubjectTier");
    return new TierPolicy(id, version, profile, band, lifeHealth, tiers, rules, triggers, keyTier);
  }

  private static Criterion criterion(CriterionDoc r, String path) {
    Metric metric = enumValue(required(r.metric(), path + ".metric"), path + ".metric", Metric::valueOf);
    Set<String> categories = r.categories() == null ? Set.of() : new TreeSet<>(r.categories());
    boolean cleared = Boolean.TRUE.equals(r.clearedByCreditRepair());
    return build(path, () -> new Criterion(metric, r.atLeast(), r.stayAtLeast(), categories, cleared));
  }

  private static <T> T build(String path, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(path, String.valueOf(e.getMessage()));
    }
  }

  private static Tier tier(String s, String path) {
    try {
      return Tier.parse(s);
    } catch (IllegalArgumentException e) {
      throw invalid(path, "a tier is T1..T9");
    }
  }

  private static <E> E enumValue(String s, String path, Function<String, E> valueOf) {
    try {
      return valueOf.apply(s);
    } catch (IllegalArgumentException e) {
      throw invalid(path, "unknown value");
    }
  }

  private static <T> T required(@Nullable T v, String path) {
    if (v == null) throw invalid(path, "required");
    return v;
  }

  /** The canonical JSON form. */
  public static String toJson(TierPolicy p, boolean pretty) {
    List<TierDoc> tiers = p.tiers().stream().map(t -> new TierDoc(t.tier().toString(), t.scope())).toList();
    List<CriterionDoc> rules = p.rules().stream().map(r -> doc(r.criterion(), r.tier().toString(), null)).toList();
    List<CriterionDoc> triggers = p.keyTriggers().stream()
        .map(t -> doc(t.criterion(), null, t.basis().name())).toList();
    var doc = new PolicyDoc(p.id(), p.version(), p.profile().value(), p.hysteresisBand(),
        List.copyOf(new TreeSet<>(p.lifeHealthCategories())), tiers, rules, triggers,
        p.keySubjectTier() == null ? null : p.keySubjectTier().toString());
    try {
      return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) : JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy always serialises", e);
    }
  }

  private static CriterionDoc doc(Criterion c, @Nullable String tier, @Nullable String basis) {
    return new CriterionDoc(c.metric().name(), c.atLeast(), c.stayAtLeast(),
        c.categories().isEmpty() ? null : List.copyOf(new TreeSet<>(c.categories())),
        c.clearedByCreditRepair() ? Boolean.TRUE : null, tier, basis);
  }

  /** SHA-256 of the canonical JSON, hex. */
  public static String digest(TierPolicy p) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(toJson(p, false).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
