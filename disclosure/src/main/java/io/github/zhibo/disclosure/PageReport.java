package io.github.zhibo.disclosure;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one snapshot: its findings in snapshot order (operator, agency, sellers, products,
 * texts, AI persona). {@link #passes()} is false exactly when a finding is a violation.
 *
 * @param profile the profile the snapshot was checked under
 * @param lexiconVersion the text lexicon used
 * @param findings the findings
 */
public record PageReport(ProfileId profile, String lexiconVersion, List<Finding> findings) {

  public PageReport {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(lexiconVersion, "lexiconVersion");
    findings = List.copyOf(findings);
  }

  /** True unless a finding is a {@code VIOLATION}. */
  public boolean passes() {
    return findings.stream().noneMatch(Finding::isViolation);
  }

  /** {@code PASS} or {@code FAIL}. */
  public String verdict() {
    return passes() ? "PASS" : "FAIL";
  }
}
