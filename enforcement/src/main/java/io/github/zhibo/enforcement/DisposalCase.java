package io.github.zhibo.enforcement;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One matter the platform must dispose of: who, what grade of violation, where it came from and when.
 *
 * <p>Holds no personal data: the subject is the platform's opaque party id and {@code caseRef} a reference
 * token (the regulator's document number goes into the platform's own case file, not here, since it may
 * carry a name).
 *
 * @param caseRef the platform's case reference, {@code [A-Za-z0-9._-]{1,64}}, unique within a workflow
 * @param source what opened the case
 * @param subject the party concerned (opaque id)
 * @param role its role: room operator, marketer or agency
 * @param grade how grave the violation is, the input of the proportionality table
 * @param receivedOn the day the notice arrived, or the day of the platform's finding
 * @param notifiedBy the authority that sent the notice; present exactly when the source is a regulator's
 */
public record DisposalCase(String caseRef, CaseSource source, PartyId subject, PartyRole role,
    ViolationGrade grade, LocalDate receivedOn, Optional<Authority> notifiedBy) {

  private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<PartyRole> DISPOSABLE =
      EnumSet.of(PartyRole.LIVE_ROOM_OPERATOR, PartyRole.MARKETER, PartyRole.MARKETER_AGENCY, PartyRole.SELLER);

  /** Validates the parts; throws IllegalArgumentException or NullPointerException on bad input. */
  public DisposalCase {
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(notifiedBy, "notifiedBy");
    if (!REF.matcher(caseRef).matches()) {
      throw new IllegalArgumentException("a case reference is 1-64 characters of [A-Za-z0-9._-]");
    }
    if (!DISPOSABLE.contains(role)) {
      throw new IllegalArgumentException("the texts provide disposal measures against room operators, marketers,"
          + " agencies and in-platform sellers, not a " + role);
    }
    if (source.fromRegulator() != notifiedBy.isPresent()) {
      throw new IllegalArgumentException(source.fromRegulator()
          ? "a " + source + " case names the notifying authority"
          : "a platform finding has no notifying authority");
    }
  }

  /** A case opened by an authority's notice. */
  public static DisposalCase onNotice(String caseRef, CaseSource source, PartyId subject, PartyRole role,
      ViolationGrade grade, LocalDate receivedOn, Authority notifiedBy) {
    return new DisposalCase(caseRef, source, subject, role, grade, receivedOn, Optional.of(notifiedBy));
  }

  /** A case opened by the platform's own finding. */
  public static DisposalCase platformFinding(String caseRef, PartyId subject, PartyRole role, ViolationGrade grade,
      LocalDate foundOn) {
    return new DisposalCase(caseRef, CaseSource.PLATFORM_FINDING, subject, role, grade, foundOn, Optional.empty());
  }
}
