package io.github.zhibo.blacklist;

import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A platform's decision to blacklist a subject (纳入黑名单), with what the notice must say.
 *
 * @param subject who is listed, with every identifier the platform holds (screening uses them all)
 * @param role the subject's role: live-room operator, marketer, or (ORDER_117) marketer agency
 * @param facts the facts found (事实); not personal identifiers
 * @param reasons why they justify listing (理由)
 * @param legalBasis the rule or platform-rule clause applied (依据)
 * @param decisionRef the platform's decision reference (决定文号)
 * @param lastDay the last day of the term (期限); required where the profile requires a term
 * @param appealRoute how to appeal (申诉途径: channel and time limit); required where the profile requires it
 * @param relatedMeasures measures taken with the listing that end with it (e.g. re-registration ban)
 */
public record ListingRequest(ScreeningRecord subject, PartyRole role, String facts, String reasons, String legalBasis,
    String decisionRef, @Nullable LocalDate lastDay, @Nullable String appealRoute, Set<Measure> relatedMeasures) {

  /** Validates the shape. */
  public ListingRequest {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    requireText(facts, "facts");
    requireText(reasons, "reasons");
    requireText(legalBasis, "legalBasis");
    requireText(decisionRef, "decisionRef");
    relatedMeasures = Set.copyOf(relatedMeasures);
    if (relatedMeasures.contains(Measure.BLACKLIST)) {
      throw new IllegalArgumentException("relatedMeasures: the listing itself is not a related measure");
    }
  }

  private static void requireText(String v, String field) {
    Objects.requireNonNull(v, field);
    if (v.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
  }

  /** Masked: the subject's id and role only. */
  @Override
  public String toString() {
    return "ListingRequest[" + subject.id() + ", " + role + ", lastDay=" + lastDay + ", measures=" + relatedMeasures + "]";
  }
}
