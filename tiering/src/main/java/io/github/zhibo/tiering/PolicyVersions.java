package io.github.zhibo.tiering;

import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.tiering.internal.Subjects;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records tier policy versions in the evidence ledger (分级标准 as a platform rule, Art. 11): which policy was
 * tried in shadow, which was activated, with its digest so the exact thresholds behind any past decision
 * can be shown; and the classification history of rooms whose tier or key status changed. Record types:
 * {@code TIER_POLICY_ACTIVATED}, {@code TIER_POLICY_CANDIDATE}, {@code TIER_POLICY_SHADOW_RUN},
 * {@code TIER_CHANGED}. Stateless and thread-safe (the ledger serialises appends).
 */
public final class PolicyVersions {

  private final EvidenceLedger ledger;
  private final RegulationProfile profile;
  private final Clock clock;
  private final PlatformParameters parameters;

  /**
   * Records into {@code ledger} under {@code profile}; retention from
   * {@link TieringParameters#RECORD_RETENTION}.
   */
  public PolicyVersions(EvidenceLedger ledger, RegulationProfile profile, Clock clock, PlatformParameters parameters) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Records {@code policy} in {@code role}. */
  public LedgerRecord record(TierPolicy policy, PolicyRole role) {
    var payload = new LinkedHashMap<String, String>();
    payload.put("policyId", policy.id());
    payload.put("version", policy.version());
    payload.put("digest", policy.digest());
    payload.put("tiers", Integer.toString(policy.tiers().size()));
    payload.put("rules", Integer.toString(policy.rules().size()));
    payload.put("keyTriggers", Integer.toString(policy.keyTriggers().size()));
    return append(policy.id(), "TIER_POLICY_" + role.name(), payload);
  }

  /** Records a shadow run: both versions and the counts of what would change. */
  public LedgerRecord record(ShadowReport report, TierPolicy candidate) {
    var payload = new LinkedHashMap<String, String>();
    payload.put("active", report.activePolicy());
    payload.put("activeDigest", report.activeDigest());
    payload.put("candidate", report.candidatePolicy());
    payload.put("candidateDigest", report.candidateDigest());
    payload.put("rooms", Long.toString(report.rooms()));
    payload.put("changed", Long.toString(report.changed()));
    payload.put("raised", Long.toString(report.raised()));
    payload.put("lowered", Long.toString(report.lowered()));
    payload.put("keyGained", Long.toString(report.keyGained()));
    payload.put("keyLost", Long.toString(report.keyLost()));
    return append(candidate.id(), "TIER_POLICY_SHADOW_RUN", payload);
  }

  /**
   * Records {@code decision} if it changes the room's tier or key status from what {@code input} says it had
   * (a new room counts as coming from {@code T1}, not key): the room's classification history.
   *
   * @return the record, or empty when nothing changed
   */
  public java.util.Optional<LedgerRecord> recordIfChanged(RoomMetrics input, TierDecision decision) {
    Tier from = input.previous().orElse(Tier.lowest());
    if (from == decision.tier() && input.previousKeySubject() == decision.keySubject()) {
      return java.util.Optional.empty();
    }
    var payload = new LinkedHashMap<String, String>();
    payload.put("fromTier", from.toString());
    payload.put("toTier", decision.tier().toString());
    payload.put("fromKey", Boolean.toString(input.previousKeySubject()));
    payload.put("toKey", Boolean.toString(decision.keySubject()));
    String reasons = String.join(",", decision.reasons());
    payload.put("reasons", reasons.length() <= 4096 ? reasons : reasons.substring(0, 4095) + "…");
    payload.put("monitoring", decision.monitoring().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
    payload.put("policy", decision.policyRef());
    var retainUntil = ChinaZone.today(clock).plus(parameters.get(TieringParameters.RECORD_RETENTION));
    return java.util.Optional.of(ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.TIERED_MANAGEMENT),
        Subjects.room(decision.roomId()), RecordType.of("TIER_CHANGED"), payload, retainUntil)));
  }

  private LedgerRecord append(String policyId, String type, Map<String, String> payload) {
    var retainUntil = ChinaZone.today(clock).plus(parameters.get(TieringParameters.RECORD_RETENTION));
    return ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.TIERED_MANAGEMENT),
        Subjects.policy(policyId), RecordType.of(type), payload, retainUntil));
  }
}
