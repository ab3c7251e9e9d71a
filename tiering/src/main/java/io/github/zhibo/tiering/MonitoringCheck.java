package io.github.zhibo.tiering;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tiering part of the go-live decision: a key subject (Art. 11) or a room with concentrated complaints
 * (Art. 20 ¶2) must not go live without the monitoring its text requires. One {@code VIOLATION} finding
 * {@code TIER.MONITORING_MISSING} per missing measure, citing the obligation that requires it, with the
 * monitoring id and the room's tier as evidence; a room that needs nothing, or has it all, is allowed.
 * Compose it with the other modules' checks through {@code Checks.allOf}.
 *
 * <p>The context's profile must be the classifier's: a mismatch is a caller error answered with REVIEW
 * ({@code TIER.PROFILE_MISMATCH}), never ALLOW. Thread-safe.
 */
public final class MonitoringCheck implements Check<LiveMonitoring> {

  /** Rule id of a missing monitoring measure. */
  public static final String MISSING = "TIER.MONITORING_MISSING";
  /** Rule id of a context whose profile is not the classifier's. */
  public static final String PROFILE_MISMATCH = "TIER.PROFILE_MISMATCH";

  private final TierClassifier classifier;

  /** A check deciding with {@code classifier}. */
  public MonitoringCheck(TierClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  @Override
  public Decision check(LiveMonitoring subject, CheckContext context) {
    Objects.requireNonNull(subject, "subject");
    if (!context.profileId().equals(classifier.profileId())) {
      return Decision.review(List.of(Finding.operational(PROFILE_MISMATCH, context.profileId(), Severity.WARNING,
          "tier.profileMismatch").build()));
    }
    TierDecision d = classifier.classify(subject.room());
    var findings = new ArrayList<Finding>();
    for (Obligation basis : d.bases()) {
      for (Monitoring m : d.monitoringFor(basis)) {
        if (!subject.active().contains(m)) {
          findings.add(context.finding(MISSING, basis, Severity.VIOLATION, "tier.monitoringMissing")
              .evidence(io.github.zhibo.core.check.Evidence.builder().put("monitoring", m).put("tier", d.tier().level())
                  .build())
              .build());
        }
      }
    }
    return findings.isEmpty() ? context.allow() : Decision.fromFindings(context.profileId(), findings);
  }
}
