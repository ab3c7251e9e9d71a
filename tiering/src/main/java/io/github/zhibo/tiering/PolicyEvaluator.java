package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.internal.ProfileTiering;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A policy compiled for one profile into flat arrays, so classifying a room allocates only its decision:
 * no per-room policy structures, no maps except one lookup per category the room sells. Immutable after
 * construction, so one instance serves every thread.
 */
final class PolicyEvaluator {

  private static final int KEY = 0;
  private static final int COMPLAINT = 1;

  final TierPolicy policy;
  final ProfileId profileId;
  final ArticleRef decisionArticle;
  final String decisionArticleText;
  private final Map<String, Long> categoryBits;
  private final Criteria rules;
  private final int[] ruleTier;
  private final Criteria triggers;
  private final int[] triggerBasis;
  private final int top;
  private final int keyTier;
  private final List<List<Monitoring>> monitoringByBasis;
  private final List<List<String>> scopes;
  /** Distinct reason labels, in order of first appearance: rule labels, hold labels, trigger labels. */
  private final String[] labels;
  private final int[] ruleLabel;
  private final int[] ruleHold;
  private final int[] triggerLabel;
  private final int[] triggerHold;

  /** The arrays of one list of criteria. */
  private static final class Criteria {
    final int n;
    final Metric[] metric;
    final double[] atLeast;
    final double[] keep;
    final long[] categories;
    final boolean[] cleared;
    final String[] label;
    final String[] holdLabel;
    final ArticleRef[] article;
    final Criterion[] source;

    Criteria(int n) {
      this.n = n;
      metric = new Metric[n];
      atLeast = new double[n];
      keep = new double[n];
      categories = new long[n];
      cleared = new boolean[n];
      label = new String[n];
      holdLabel = new String[n];
      article = new ArticleRef[n];
      source = new Criterion[n];
    }
  }

  PolicyEvaluator(TierPolicy policy, RegulationProfile profile) {
    this.policy = policy;
    this.profileId = profile.id();
    requireForProfile(policy, profile);
    this.decisionArticle = profile.article(Obligation.TIERED_MANAGEMENT)
        .orElseThrow(() -> new TierPolicyException(TieringError.PROFILE_UNSUPPORTED,
            profile.id() + " imposes no tiered management"))
        .wholeArticle();
    this.decisionArticleText = decisionArticle.toString();
    ProfileTiering data = ProfileTiering.forProfile(profile);
    this.categoryBits = new HashMap<>();
    this.top = policy.tiers().size();
    this.keyTier = policy.keySubjectTier() == null ? 0 : policy.keySubjectTier().level();

    List<TierRule> rs = policy.rules();
    rules = new Criteria(rs.size());
    ruleTier = new int[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      Criterion c = rs.get(i).criterion();
      ArticleRef a = profile.article(c.metric().tierBasis())
          .orElseGet(() -> profile.requireArticle(Obligation.TIERED_MANAGEMENT));
      fill(rules, i, c, a);
      ruleTier[i] = rs.get(i).tier().level();
    }
    List<KeyTrigger> ts = policy.keyTriggers();
    triggers = new Criteria(ts.size());
    triggerBasis = new int[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      KeyTrigger t = ts.get(i);
      int index = i;
      Metric m = t.criterion().metric();
      if (!data.keyMetrics().getOrDefault(t.basis(), Set.of()).contains(m)) {
        throw new TierPolicyException(TieringError.POLICY_NOT_FOR_PROFILE, "tier policy: keySubject[" + i + "]: "
            + profile.id() + " does not name " + m + " as a trigger under " + t.basis()
            + " (use a tier rule instead)");
      }
      ArticleRef a = profile.article(t.basis()).orElseThrow(() -> new TierPolicyException(
          TieringError.POLICY_NOT_FOR_PROFILE, "tier policy: keySubject[" + index + "]: " + profile.id()
              + " has no " + t.basis() + " obligation"));
      fill(triggers, i, t.criterion(), a);
      triggerBasis[i] = t.basis() == Obligation.KEY_SUBJECT_MONITORING ? KEY : COMPLAINT;
    }
    monitoringByBasis = new ArrayList<>(4);
    for (int mask = 0; mask < 4; mask++) {
      var set = EnumSet.noneOf(Monitoring.class);
      if ((mask & (1 << KEY)) != 0) set.addAll(data.monitoring().get(Obligation.KEY_SUBJECT_MONITORING));
      if ((mask & (1 << COMPLAINT)) != 0) set.addAll(data.monitoring().get(Obligation.COMPLAINT_CONCENTRATION));
      monitoringByBasis.add(List.copyOf(set));
    }
    scopes = policy.tiers().stream().map(TierSpec::scope).toList();
    var ids = new java.util.LinkedHashMap<String, Integer>();
    ruleLabel = ids(rules.label, ids);
    ruleHold = ids(rules.holdLabel, ids);
    triggerLabel = ids(triggers.label, ids);
    triggerHold = ids(triggers.holdLabel, ids);
    labels = ids.keySet().toArray(new String[0]);
  }

  private static int[] ids(String[] names, Map<String, Integer> ids) {
    int[] out = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      Integer id = ids.get(names[i]);
      if (id == null) {
        id = ids.size();
        ids.put(names[i], id);
      }
      out[i] = id;
    }
    return out;
  }

  private static void requireForProfile(TierPolicy policy, RegulationProfile profile) {
    RegulationProfile p = profile;
    for (int depth = 0; depth < 8; depth++) {
      if (p.id().equals(policy.profile())) return;
      Optional<ProfileId> base = p.basedOn();
      if (base.isEmpty()) break;
      p = RegulationProfiles.get(base.get());
    }
    throw new TierPolicyException(TieringError.POLICY_NOT_FOR_PROFILE,
        "tier policy " + policy.ref() + " is for " + policy.profile() + ", not " + profile.id());
  }

  private void fill(Criteria cs, int i, Criterion c, ArticleRef article) {
    cs.source[i] = c;
    cs.metric[i] = c.metric();
    cs.cleared[i] = c.clearedByCreditRepair();
    cs.label[i] = c.label();
    cs.article[i] = article;
    BigDecimal keep = c.keepThreshold(policy.hysteresisBand());
    if (c.atLeast() != null && keep != null) {
      cs.atLeast[i] = c.atLeast().doubleValue();
      cs.keep[i] = keep.doubleValue();
      cs.holdLabel[i] = "HOLD:" + c.metric().name() + ">=" + Criterion.plain(keep);
    } else {
      cs.holdLabel[i] = "HOLD:" + cs.label[i];
    }
    Set<String> cats = c.metric() == Metric.LIFE_HEALTH_CATEGORY ? policy.lifeHealthCategories()
        : c.metric() == Metric.CATEGORY ? c.categories() : Set.of();
    long mask = 0;
    for (String cat : cats) mask |= bit(cat);
    cs.categories[i] = mask;
  }

  private long bit(String category) {
    Long b = categoryBits.get(category);
    if (b == null) {
      if (categoryBits.size() >= 63) {
        throw new TierPolicyException(TieringError.POLICY_INVALID, "tier policy: at most 63 distinct categories");
      }
      b = 1L << categoryBits.size();
      categoryBits.put(category, b);
    }
    return b;
  }

  /** The obligations set in {@code basisMask}, key subjects first. */
  static List<Obligation> bases(int basisMask) {
    if (basisMask == 0) return List.of();
    if (basisMask == (1 << KEY)) return List.of(Obligation.KEY_SUBJECT_MONITORING);
    if (basisMask == (1 << COMPLAINT)) return List.of(Obligation.COMPLAINT_CONCENTRATION);
    return List.of(Obligation.KEY_SUBJECT_MONITORING, Obligation.COMPLAINT_CONCENTRATION);
  }

  /** The monitoring a room triggered under {@code basis} needs, under this profile. */
  List<Monitoring> requiredFor(Obligation basis) {
    return monitoringByBasis.get(basis == Obligation.KEY_SUBJECT_MONITORING ? 1 << KEY
        : basis == Obligation.COMPLAINT_CONCENTRATION ? 1 << COMPLAINT : 0);
  }

  long categoryMask(List<String> categories) {
    long mask = 0;
    for (int i = 0, n = categories.size(); i < n; i++) {
      Long b = categoryBits.get(categories.get(i));
      if (b != null) mask |= b;
    }
    return mask;
  }

  private static double observe(Metric metric, RoomMetrics m) {
    return switch (metric) {
      case FOLLOWERS -> m.followers();
      case VISITS_30D -> m.visits30d();
      case GMV_30D_FEN -> m.gmv30dFen();
      case ORDERS_30D -> m.orders30d();
      case VIOLATIONS_12M -> m.violations12m();
      case MEASURES_12M -> m.measures12m();
      case VERIFIED_COMPLAINTS_30D -> m.verifiedComplaints30d();
      case COMPLAINT_RATE_30D -> m.complaintRate30d();
      case MARKETER_INFLUENCE -> m.marketerInfluence();
      case ADMINISTRATIVE_PENALTIES_12M -> m.administrativePenalties12m();
      case ABNORMAL_OPERATION_LIST -> m.abnormalOperationList() ? 1 : 0;
      case SERIOUS_DISHONESTY_LIST -> m.seriousDishonestyList() ? 1 : 0;
      case CATEGORY, LIFE_HEALTH_CATEGORY -> 0;
    };
  }

  /** Whether criterion {@code i} holds at its threshold ({@code keep == false}) or its keep threshold. */
  private static boolean fires(Criteria cs, int i, RoomMetrics m, long roomCategories, boolean keep) {
    Metric metric = cs.metric[i];
    switch (metric.kind()) {
      case CATEGORY:
        return (cs.categories[i] & roomCategories) != 0;
      case FLAG:
        return observe(metric, m) > 0 && !(cs.cleared[i] && m.creditRepaired());
      default:
        return observe(metric, m) >= (keep ? cs.keep[i] : cs.atLeast[i]);
    }
  }

  TierDecision classify(RoomMetrics m) {
    long cats = categoryMask(m.categories());
    int raw = 1;
    long fired = 0;
    for (int i = 0; i < rules.n; i++) {
      if (fires(rules, i, m, cats, false)) {
        fired |= 1L << i;
        if (ruleTier[i] > raw) raw = ruleTier[i];
      }
    }
    int tier = raw;
    long held = 0;
    Tier previous = m.previousTier();
    int prev = previous == null ? 0 : Math.min(previous.level(), top);
    if (prev > raw) {
      for (int i = 0; i < rules.n; i++) {
        if (ruleTier[i] > raw && (fired & (1L << i)) == 0 && fires(rules, i, m, cats, true)) {
          tier = Math.max(tier, Math.min(ruleTier[i], prev));
        }
      }
      if (tier > raw) {
        for (int i = 0; i < rules.n; i++) {
          if (ruleTier[i] >= tier && (fired & (1L << i)) == 0 && fires(rules, i, m, cats, true)) held |= 1L << i;
        }
      }
    }
    long keyFired = 0;
    int basis = 0;
    for (int i = 0; i < triggers.n; i++) {
      if (fires(triggers, i, m, cats, false)) {
        keyFired |= 1L << i;
        basis |= 1 << triggerBasis[i];
      }
    }
    long keyHeld = 0;
    if (m.previousKeySubject()) {
      // every held trigger counts, not only when none fired, so the monitoring a held trigger requires
      // is not dropped when another trigger starts to fire (monitoring stays monotone)
      for (int i = 0; i < triggers.n; i++) {
        if ((keyFired & (1L << i)) == 0 && fires(triggers, i, m, cats, true)) {
          keyHeld |= 1L << i;
          basis |= 1 << triggerBasis[i];
        }
      }
    }
    int heldTier = tier;
    boolean key = (keyFired | keyHeld) != 0;
    if (key && keyTier > tier) tier = keyTier; // key subjects are under at least the policy's key tier
    // reasons as a bit set over the distinct labels (at most 4 x 64), so duplicates collapse for free
    long w0 = 0;
    long w1 = 0;
    long w2 = 0;
    long w3 = 0;
    for (int i = 0; i < rules.n; i++) {
      int id = -1;
      if ((fired & (1L << i)) != 0 && tier == raw && ruleTier[i] == tier && raw > 1) id = ruleLabel[i];
      else if ((held & (1L << i)) != 0 && tier == heldTier) id = ruleHold[i];
      if (id >= 0) {
        switch (id >>> 6) {
          case 0 -> w0 |= 1L << id;
          case 1 -> w1 |= 1L << id;
          case 2 -> w2 |= 1L << id;
          default -> w3 |= 1L << id;
        }
      }
    }
    for (int i = 0; i < triggers.n; i++) {
      int id = (keyFired & (1L << i)) != 0 ? triggerLabel[i] : (keyHeld & (1L << i)) != 0 ? triggerHold[i] : -1;
      if (id >= 0) {
        switch (id >>> 6) {
          case 0 -> w0 |= 1L << id;
          case 1 -> w1 |= 1L << id;
          case 2 -> w2 |= 1L << id;
          default -> w3 |= 1L << id;
        }
      }
    }
    return new TierDecision(this, m, Tier.of(tier), key, reasons(w0, w1, w2, w3),
        monitoringByBasis.get(basis), scopes.get(tier - 1), basis);
  }

  private List<String> reasons(long w0, long w1, long w2, long w3) {
    int n = Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
    if (n == 0) return List.of();
    String[] out = new String[n];
    int k = fill(out, 0, w0, 0);
    k = fill(out, k, w1, 64);
    k = fill(out, k, w2, 128);
    fill(out, k, w3, 192);
    return new FrozenList<>(out);
  }

  private @org.jspecify.annotations.Nullable Tier keyTierOrNull() {
    return keyTier == 0 ? null : Tier.of(keyTier);
  }

  private int fill(String[] out, int k, long bits, int base) {
    for (long b = bits; b != 0; b &= b - 1) out[k++] = labels[base + Long.numberOfTrailingZeros(b)];
    return k;
  }

  /** Every criterion that fired (or held) for {@code m} under the decided tier, in policy order. */
  List<CriterionResult> explain(RoomMetrics m) {
    long cats = categoryMask(m.categories());
    var out = new ArrayList<CriterionResult>();
    int raw = 1;
    for (int i = 0; i < rules.n; i++) {
      if (fires(rules, i, m, cats, false)) {
        raw = Math.max(raw, ruleTier[i]);
        out.add(result(rules, i, m, cats, CriterionKind.TIER, Tier.of(ruleTier[i]), false));
      }
    }
    Tier previous = m.previousTier();
    int prev = previous == null ? 0 : Math.min(previous.level(), top);
    int heldTier = raw;
    if (prev > raw) {
      for (int i = 0; i < rules.n; i++) {
        if (ruleTier[i] > raw && !fires(rules, i, m, cats, false) && fires(rules, i, m, cats, true)) {
          heldTier = Math.max(heldTier, Math.min(ruleTier[i], prev));
        }
      }
    }
    if (heldTier > raw) {
      for (int i = 0; i < rules.n; i++) {
        if (ruleTier[i] >= heldTier && !fires(rules, i, m, cats, false) && fires(rules, i, m, cats, true)) {
          out.add(result(rules, i, m, cats, CriterionKind.TIER_HOLD, Tier.of(heldTier), true));
        }
      }
    }
    for (int i = 0; i < triggers.n; i++) {
      if (fires(triggers, i, m, cats, false)) {
        out.add(result(triggers, i, m, cats, CriterionKind.KEY_SUBJECT, keyTierOrNull(), false));
      }
    }
    if (m.previousKeySubject()) {
      for (int i = 0; i < triggers.n; i++) {
        if (!fires(triggers, i, m, cats, false) && fires(triggers, i, m, cats, true)) {
          out.add(result(triggers, i, m, cats, CriterionKind.KEY_SUBJECT_HOLD, keyTierOrNull(), true));
        }
      }
    }
    return List.copyOf(out);
  }

  private CriterionResult result(Criteria cs, int i, RoomMetrics m, long cats, CriterionKind kind,
      @org.jspecify.annotations.Nullable Tier tier,
      boolean hold) {
    Criterion c = cs.source[i];
    String observed;
    String threshold = null;
    switch (c.metric().kind()) {
      case COUNT -> {
        observed = Long.toString((long) observe(c.metric(), m));
        threshold = thresholdText(c, hold);
      }
      case DECIMAL -> {
        observed = Criterion.plain(BigDecimal.valueOf(observe(c.metric(), m)));
        threshold = thresholdText(c, hold);
      }
      case FLAG -> observed = "true";
      default -> {
        var matching = new ArrayList<String>();
        for (String cat : m.categories()) {
          Long b = categoryBits.get(cat);
          if (b != null && (b & cs.categories[i]) != 0) matching.add(cat);
        }
        observed = String.join("|", matching);
      }
    }
    return new CriterionResult(hold ? cs.holdLabel[i] : cs.label[i], c.metric(), kind, observed, threshold, tier,
        cs.article[i]);
  }

  private String thresholdText(Criterion c, boolean hold) {
    BigDecimal t = hold ? c.keepThreshold(policy.hysteresisBand()) : c.atLeast();
    return t == null ? "" : Criterion.plain(t);
  }
}
