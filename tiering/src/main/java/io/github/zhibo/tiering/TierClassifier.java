package io.github.zhibo.tiering;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Classifies live rooms under one {@link TierPolicy} and profile (分级分类管理, Art. 11): the tier, key-subject
 * status (Art. 11; complaint concentration, Art. 20 ¶2), the monitoring required and the explanation.
 *
 * <p>Deterministic: the same input and policy give the same decision. Monotone for the default and any
 * policy, because rules only raise: more followers, visits, transactions, violations, measures, complaints,
 * penalties or life-and-health categories never lower the tier or clear key status. Hysteresis: a room whose
 * {@code previousTier} is above what its metrics reach keeps it while a rule granting that tier still holds
 * at its keep threshold (the policy's band); it falls at once below every keep threshold. The previous tier
 * never lifts a room above what a named criterion supports; a previous tier above the policy's top (after a
 * policy change) counts as the top tier.
 *
 * <p>The policy is compiled once at {@link Builder#build()} into flat arrays: classifying allocates only the
 * decision. Immutable and thread-safe; share one instance.
 */
public final class TierClassifier {

  private final PolicyEvaluator evaluator;
  private final Environment environment;

  private TierClassifier(PolicyEvaluator evaluator, Environment environment) {
    this.evaluator = evaluator;
    this.environment = environment;
  }

  /** Starts configuring a classifier. */
  public static Builder builder() {
    return new Builder();
  }

  /** Classifies one room. */
  public TierDecision classify(RoomMetrics room) {
    return evaluator.classify(Objects.requireNonNull(room, "room"));
  }

  /** Classifies rooms in order, handing each decision to {@code sink}; nothing is buffered. */
  public void classifyAll(Iterable<RoomMetrics> rooms, Consumer<? super TierDecision> sink) {
    Objects.requireNonNull(sink, "sink");
    for (RoomMetrics r : rooms) sink.accept(classify(r));
  }

  /** A lazy stream of decisions in the rooms' order (parallel streams are safe: the classifier is shared). */
  public Stream<TierDecision> classify(Stream<RoomMetrics> rooms) {
    return rooms.map(this::classify);
  }

  /** The policy. */
  public TierPolicy policy() {
    return evaluator.policy;
  }

  /** The profile the classifier decides under. */
  public io.github.zhibo.core.regulation.ProfileId profileId() {
    return evaluator.profileId;
  }

  /** The environment the classifier was built with. */
  public Environment environment() {
    return environment;
  }

  /** Configures a {@link TierClassifier}. Not thread-safe. */
  public static final class Builder {
    private @Nullable RegulationProfile profile;
    private @Nullable TierPolicy policy;
    private Environment environment = Environment.defaults();

    private Builder() {}

    /** The profile; default {@link RegulationProfiles#defaultProfile()}. */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The policy; default the bundled default for the profile. */
    public Builder policy(TierPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The environment; default {@link Environment#defaults()}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Compiles the policy for the profile.
     *
     * @throws TierPolicyException if the policy is for another profile, uses a key-subject trigger the text
     *     does not name, or the profile has no tiered-management obligation
     */
    public TierClassifier build() {
      RegulationProfile p = profile != null ? profile : RegulationProfiles.defaultProfile();
      TierPolicy pol = policy != null ? policy : TierPolicy.defaultFor(p);
      return new TierClassifier(new PolicyEvaluator(pol, p), environment);
    }
  }
}
