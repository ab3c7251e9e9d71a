package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of classifying one room (DESIGN §5.3 output): its tier, whether it is a key subject, the
 * reasons, the monitoring it must be under, its service scope, and the article — Art. 11 of the profile's
 * text as a whole, because a decision covers both the tiering clause and the key-subject clause (in Order
 * 117 both are ¶1, in the draft ¶1 and ¶2). Each criterion's own paragraph is in {@link #criteria()}.
 *
 * <p>{@link #reasons()} are the criteria that decide the outcome: every rule granting the decided tier (or
 * its keep threshold, {@code HOLD:…}, when hysteresis held the previous tier) and every key-subject trigger
 * that fired, deduplicated, in policy order. {@link #criteria()} lists every criterion that fired, with
 * observed values and thresholds; it is computed on demand so classifying stays cheap.
 *
 * <p>Immutable and thread-safe. Equality covers the outcome (room, profile, policy, tier, key status,
 * reasons, monitoring, scope, article), not the input it was computed from.
 */
public final class TierDecision {

  private final PolicyEvaluator evaluator;
  private final RoomMetrics input;
  private final Tier tier;
  private final boolean keySubject;
  private final List<String> reasons;
  private final List<Monitoring> monitoring;
  private final List<String> scope;
  private final int basisMask;

  TierDecision(PolicyEvaluator evaluator, RoomMetrics input, Tier tier, boolean keySubject, List<String> reasons,
      List<Monitoring> monitoring, List<String> scope, int basisMask) {
    this.basisMask = basisMask;
    this.evaluator = evaluator;
    this.input = input;
    this.tier = tier;
    this.keySubject = keySubject;
    this.reasons = reasons;
    this.monitoring = monitoring;
    this.scope = scope;
  }

  /** The room. */
  public String roomId() {
    return input.roomId();
  }

  /** The tier. */
  public Tier tier() {
    return tier;
  }

  /** Whether the room is a key subject (重点直播间运营者, or under Art. 20 ¶2 for concentrated complaints). */
  public boolean keySubject() {
    return keySubject;
  }

  /** The deciding criteria's labels, e.g. {@code FOLLOWERS>=1000000}. */
  public List<String> reasons() {
    return reasons;
  }

  /** The monitoring required, in {@link Monitoring} order; empty unless a key subject. */
  public List<Monitoring> monitoring() {
    return monitoring;
  }

  /**
   * Why the room is under monitoring: {@link io.github.zhibo.core.regulation.Obligation#KEY_SUBJECT_MONITORING}
   * (Art. 11) and/or {@link io.github.zhibo.core.regulation.Obligation#COMPLAINT_CONCENTRATION} (Art. 20 ¶2).
   */
  public List<io.github.zhibo.core.regulation.Obligation> bases() {
    return PolicyEvaluator.bases(basisMask);
  }

  /** The monitoring {@code basis} requires of this room; empty if the room was not triggered under it. */
  public List<Monitoring> monitoringFor(io.github.zhibo.core.regulation.Obligation basis) {
    return bases().contains(basis) ? evaluator.requiredFor(basis) : List.of();
  }

  /** The service scope of the tier, from the policy. */
  public List<String> scope() {
    return scope;
  }

  /** Art. 11 of the profile's text (the tiered-management article as a whole). */
  public ArticleRef article() {
    return evaluator.decisionArticle;
  }

  /** {@link #article()} as text, rendered once per classifier. */
  String articleText() {
    return evaluator.decisionArticleText;
  }

  /** The profile the decision was made under. */
  public ProfileId profile() {
    return evaluator.profileId;
  }

  /** The policy, as {@code id@version}. */
  public String policyRef() {
    return evaluator.policy.ref();
  }

  /** Every criterion that fired, with observed value, threshold and article, in policy order. */
  public List<CriterionResult> criteria() {
    return evaluator.explain(input);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TierDecision d && d.input.roomId().equals(input.roomId()) && d.tier == tier
        && d.keySubject == keySubject && d.reasons.equals(reasons) && d.monitoring.equals(monitoring)
        && d.scope.equals(scope) && d.article().equals(article()) && d.profile().equals(profile())
        && d.policyRef().equals(policyRef());
  }

  @Override
  public int hashCode() {
    return Objects.hash(input.roomId(), tier, keySubject, reasons, monitoring);
  }

  @Override
  public String toString() {
    return "TierDecision[" + input.roomId() + " " + tier + (keySubject ? " key" : "") + " " + reasons + " "
        + monitoring + " " + article() + " " + policyRef() + "]";
  }
}
