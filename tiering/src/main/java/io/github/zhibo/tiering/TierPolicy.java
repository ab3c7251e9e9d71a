package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.tiering.internal.PolicyDocuments;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A platform's tier policy (分级标准) as data: the tiers and their service scope, the criteria that raise a
 * room to a tier, the key-subject triggers, the hysteresis band and the list of goods and service categories
 * concerning life and health. The regulation names the criteria but gives no numbers: every threshold here
 * is the platform's. Read from JSON or YAML ({@link #read}); the bundled default per profile
 * ({@link #defaultFor}) is documented in the module README.
 *
 * <p>Immutable and thread-safe. Validated on construction: tiers {@code T1..Tn} without gaps (n ≤ 9), every
 * rule's tier defined, at most {@value #MAX_CRITERIA} rules and as many triggers, a band within 0..0.5.
 * Whether its triggers are ones the profile's text names is checked when a {@link TierClassifier} is built.
 *
 * @param id the policy's name, {@code [A-Za-z0-9._-]{1,64}}
 * @param version the policy's version, same shape; recorded in the ledger and in shadow reports
 * @param profile the profile it was written for
 * @param hysteresisBand the default fraction by which a room may fall below a threshold and keep what it grants
 * @param lifeHealthCategories the category ids that concern consumers' life and health
 * @param tiers {@code T1..Tn} in order, each with its service scope
 * @param rules the tier criteria
 * @param keyTriggers the key-subject triggers
 * @param keySubjectTier the lowest tier of a key subject (key subjects are under closer management than any
 *     tier below it), or {@code null} for key status independent of the tier
 */
public record TierPolicy(String id, String version, ProfileId profile, BigDecimal hysteresisBand,
    Set<String> lifeHealthCategories, List<TierSpec> tiers, List<TierRule> rules, List<KeyTrigger> keyTriggers,
    @org.jspecify.annotations.Nullable Tier keySubjectTier) {

  /** The most rules (and, separately, triggers) a policy may have. */
  public static final int MAX_CRITERIA = 64;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final BigDecimal MAX_BAND = new BigDecimal("0.5");

  /**
   * Validates the policy.
   *
   * @throws TierPolicyException ({@link TieringError#POLICY_INVALID}) naming what is wrong
   */
  public TierPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(hysteresisBand, "hysteresisBand");
    lifeHealthCategories = Set.copyOf(new TreeSet<>(lifeHealthCategories));
    tiers = List.copyOf(tiers);
    rules = List.copyOf(rules);
    keyTriggers = List.copyOf(keyTriggers);
    if (!NAME.matcher(id).matches()) invalid("id must match [A-Za-z0-9._-]{1,64}");
    if (!NAME.matcher(version).matches()) invalid("version must match [A-Za-z0-9._-]{1,64}");
    if (hysteresisBand.signum() < 0 || hysteresisBand.compareTo(MAX_BAND) > 0) {
      invalid("hysteresisBand must be within 0..0.5");
    }
    if (tiers.isEmpty() || tiers.size() > Tier.MAX_LEVEL) invalid("tiers: 1.." + Tier.MAX_LEVEL + " tiers");
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).tier().level() != i + 1) invalid("tiers[" + i + "]: tiers are T1..Tn in order, without gaps");
    }
    if (rules.size() > MAX_CRITERIA) invalid("rules: at most " + MAX_CRITERIA);
    if (keyTriggers.size() > MAX_CRITERIA) invalid("keySubject: at most " + MAX_CRITERIA);
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).tier().level() > tiers.size()) invalid("rules[" + i + "].tier: not a tier of this policy");
    }
    if (keySubjectTier != null && keySubjectTier.level() > tiers.size()) {
      invalid("keySubjectTier: not a tier of this policy");
    }
    boolean usesLifeHealth = rules.stream().anyMatch(r -> r.criterion().metric() == Metric.LIFE_HEALTH_CATEGORY)
        || keyTriggers.stream().anyMatch(t -> t.criterion().metric() == Metric.LIFE_HEALTH_CATEGORY);
    if (usesLifeHealth && lifeHealthCategories.isEmpty()) {
      invalid("lifeHealthCategories: a LIFE_HEALTH_CATEGORY criterion needs the list");
    }
  }

  private static void invalid(String detail) {
    throw new TierPolicyException(TieringError.POLICY_INVALID, "tier policy: " + detail);
  }

  /** The highest tier this policy defines. */
  public Tier topTier() {
    return tiers.get(tiers.size() - 1).tier();
  }

  /** The service scope of {@code tier}. @throws IllegalArgumentException if the policy has no such tier */
  public List<String> scope(Tier tier) {
    if (tier.level() > tiers.size()) throw new IllegalArgumentException("not a tier of this policy");
    return tiers.get(tier.level() - 1).scope();
  }

  /** {@code id@version}, as decisions, shadow reports and the ledger name it. */
  public String ref() {
    return id + "@" + version;
  }

  /**
   * Reads a policy document.
   *
   * @param in the document (UTF-8); not closed
   * @param format JSON or YAML
   * @throws TierPolicyException if it is unreadable ({@link TieringError#POLICY_UNREADABLE}) or invalid
   */
  public static TierPolicy read(InputStream in, PolicyFormat format) {
    return PolicyDocuments.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(format, "format"));
  }

  /**
   * Reads a policy file; {@code .yaml}/{@code .yml} files are YAML, anything else JSON.
   *
   * @throws TierPolicyException if the file cannot be read or holds no valid policy
   */
  public static TierPolicy read(Path file) {
    return PolicyDocuments.read(Objects.requireNonNull(file, "file"));
  }

  /** Reads a policy from a string. @throws TierPolicyException as {@link #read(InputStream, PolicyFormat)} */
  public static TierPolicy parse(String document, PolicyFormat format) {
    return read(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)), format);
  }

  /**
   * The bundled default policy for {@code profile} (or, for a derived profile, for the profile it derives
   * from). Thresholds are the SDK's documented starting points, not law.
   *
   * @throws TierPolicyException ({@link TieringError#PROFILE_UNSUPPORTED}) if no default is bundled
   */
  public static TierPolicy defaultFor(RegulationProfile profile) {
    return PolicyDocuments.bundledDefault(Objects.requireNonNull(profile, "profile"));
  }

  /** This policy as a canonical JSON document (the form {@link #digest()} hashes). */
  public String toJson() {
    return PolicyDocuments.toJson(this, false);
  }

  /** The canonical document, indented for people to read and edit; {@link #read} accepts it. */
  public String toPrettyJson() {
    return PolicyDocuments.toJson(this, true);
  }

  /** SHA-256 (hex) of {@link #toJson()}: two policies with equal content have equal digests. */
  public String digest() {
    return PolicyDocuments.digest(this);
  }

  @Override
  public String toString() {
    return "TierPolicy[" + ref() + " " + profile + " tiers=" + tiers.size() + " rules=" + rules.size()
        + " keyTriggers=" + keyTriggers.size() + "]";
  }
}
