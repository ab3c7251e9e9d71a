package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.party.PartyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one decision's findings and tells the environment's listener about each. Not thread-safe. */
public final class GateFindings {
  private final CheckContext context;
  private final List<Finding> findings = new ArrayList<>();

  public GateFindings(CheckContext context) {
    this.context = context;
  }

  public CheckContext context() {
    return context;
  }

  /** Records {@code finding}, made about {@code subject}. */
  public void add(PartyId subject, Finding finding) {
    findings.add(finding);
    context.environment().emit(new ComplianceEvent.FindingMade(context.clock().instant(), context.profileId(),
        Optional.of(subject), finding));
  }

  /** Reports that a dependency failed; the finding that explains the REVIEW is added separately. */
  public void componentFailed(String component, String errorCode) {
    context.environment().emit(new ComplianceEvent.ComponentFailed(context.clock().instant(), context.profileId(),
        component, errorCode));
  }

  public List<Finding> all() {
    return List.copyOf(findings);
  }
}
