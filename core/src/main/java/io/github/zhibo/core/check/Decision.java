package io.github.zhibo.core.check;

import io.github.zhibo.core.regulation.ProfileId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a check decided, under which profile, and why. Business outcomes are values, never exceptions.
 *
 * <p>Invariants: every finding was made under the decision's profile (one decision, one text); a
 * {@code REVIEW} or {@code DENY} carries at least one finding, so every non-{@code ALLOW} outcome can be
 * explained to the subject and to a regulator. An {@code ALLOW} may carry {@code INFO} or {@code WARNING}
 * findings for the audit trail.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome the outcome
 * @param profile the profile the decision was made under
 * @param findings every finding, in the order they were made
 */
public record Decision(Outcome outcome, ProfileId profile, List<Finding> findings) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(profile, "profile");
    findings = List.copyOf(findings);
    if (outcome != Outcome.ALLOW && findings.isEmpty()) {
      throw new IllegalArgumentException(outcome + " needs at least one finding to explain it");
    }
    for (Finding f : findings) {
      if (!f.profile().equals(profile)) {
        throw new IllegalArgumentException(
            "a " + profile + " decision cannot carry a finding made under " + f.profile() + ": " + f.rule());
      }
    }
  }

  /** Nothing stands in the way. */
  public static Decision allow(ProfileId profile) {
    return new Decision(Outcome.ALLOW, profile, List.of());
  }

  /** Allowed, with findings kept for the audit trail. */
  public static Decision allow(ProfileId profile, List<Finding> findings) {
    return new Decision(Outcome.ALLOW, profile, findings);
  }

  /** A person must decide; the profile is taken from the (non-empty) findings. */
  public static Decision review(List<Finding> findings) {
    return new Decision(Outcome.REVIEW, profileOf(findings), findings);
  }

  /** Refused; the profile is taken from the (non-empty) findings. */
  public static Decision deny(List<Finding> findings) {
    return new Decision(Outcome.DENY, profileOf(findings), findings);
  }

  /**
   * The outcome a set of findings calls for: {@code DENY} with any violation, {@code REVIEW} with any
   * warning, else {@code ALLOW}. A convenience for checks whose policy is exactly that.
   */
  public static Decision fromFindings(ProfileId profile, List<Finding> findings) {
    Outcome outcome = Outcome.ALLOW;
    for (Finding f : findings) {
      outcome = outcome.max(f.severity() == Severity.VIOLATION ? Outcome.DENY
          : f.severity() == Severity.WARNING ? Outcome.REVIEW : Outcome.ALLOW);
    }
    return new Decision(outcome, profile, findings);
  }

  private static ProfileId profileOf(List<Finding> findings) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("REVIEW and DENY need at least one finding to explain them");
    }
    return findings.get(0).profile();
  }

  /**
   * Combines two decisions of the same profile: the stricter outcome ({@code DENY} beats {@code REVIEW}
   * beats {@code ALLOW}) and all findings, this decision's first.
   *
   * @throws IllegalArgumentException if the profiles differ
   */
  public Decision and(Decision other) {
    if (!profile.equals(other.profile)) {
      throw new IllegalArgumentException("cannot combine a " + profile + " decision with a " + other.profile + " one");
    }
    var all = new ArrayList<Finding>(findings.size() + other.findings.size());
    all.addAll(findings);
    all.addAll(other.findings);
    return new Decision(outcome.max(other.outcome), profile, all);
  }

  /** Whether the subject may proceed without a person looking at it. */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }
}
