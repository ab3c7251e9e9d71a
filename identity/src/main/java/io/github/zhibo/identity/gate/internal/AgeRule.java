package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.id.IdKind;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.ParseResult;
import io.github.zhibo.core.id.PersonIdNumber;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.identity.gate.GuardianConsent;
import io.github.zhibo.identity.gate.MarketerEntry;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The age bars of the national rules Art. 8 refers to (《网络直播营销管理办法（试行）》 Art. 17): under
 * {@link CoreParameters#MIN_MARKETER_AGE} (16) no live marketing; from there to
 * {@link CoreParameters#GUARDIAN_CONSENT_BELOW_AGE} (18) only with a guardian's consent in force on the live's
 * day. The birth date is read from the identity number (resident ID, HMT permit, foreign permanent resident
 * ID); a passport needs a verified birth date on the entry, or the gate says REVIEW.
 */
public final class AgeRule {
  public static final String UNDER_MINIMUM = "IDENTITY.AGE.UNDER_MINIMUM";
  public static final String CONSENT_MISSING = "IDENTITY.AGE.GUARDIAN_CONSENT_MISSING";
  public static final String CONSENT_ON_FILE = "IDENTITY.AGE.GUARDIAN_CONSENT_ON_FILE";
  public static final String UNKNOWN = "IDENTITY.AGE.UNKNOWN";

  private static final Obligation DUTY = Obligation.PRE_LIVE_IDENTITY_CHECK;

  private AgeRule() {}

  public static void apply(MarketerEntry entry, String path, LiveTiming timing, GateFindings out) {
    CheckContext ctx = out.context();
    var subject = entry.marketer().id();
    Optional<LocalDate> birth = birthDate(entry, ctx);
    String at = path + ".marketer.document";
    if (birth.isEmpty()) {
      out.add(subject, ctx.finding(UNKNOWN, DUTY, Severity.WARNING, "identity.age.unknown")
          .evidence(Evidence.builder().put("documentType", entry.marketer().document().type()).build())
          .path(at).build());
      return;
    }
    LocalDate day = timing.day();
    int age = Period.between(birth.get(), day).getYears();
    int minimum = ctx.parameter(CoreParameters.MIN_MARKETER_AGE);
    int consentBelow = ctx.parameter(CoreParameters.GUARDIAN_CONSENT_BELOW_AGE);
    Evidence.Builder evidence = Evidence.builder().put("age", age).put("minimumAge", minimum)
        .put("guardianConsentBelowAge", consentBelow).put("onDay", day);
    if (age < minimum) {
      out.add(subject, ctx.finding(UNDER_MINIMUM, DUTY, Severity.VIOLATION, "identity.age.underMinimum")
          .evidence(evidence.build()).path(at).build());
    } else if (age < consentBelow) {
      Optional<GuardianConsent> consent = entry.guardianConsent().filter(c -> c.coversOn(subject, day));
      if (consent.isPresent()) {
        out.add(subject, ctx.finding(CONSENT_ON_FILE, DUTY, Severity.INFO, "identity.age.guardianConsentOnFile")
            .evidence(evidence.put("consentRef", consent.get().consentRef().toEvidence()).build())
            .path(path + ".guardianConsent").build());
      } else {
        out.add(subject, ctx.finding(CONSENT_MISSING, DUTY, Severity.VIOLATION, "identity.age.guardianConsentMissing")
            .evidence(evidence.put("consentOnFile", entry.guardianConsent().isPresent()).build())
            .path(path + ".guardianConsent").build());
      }
    }
  }

  private static Optional<LocalDate> birthDate(MarketerEntry entry, CheckContext ctx) {
    IdentityDocument document = entry.marketer().document();
    if (document.type() == DocumentType.PASSPORT || document.type() == DocumentType.USCC) {
      return entry.verifiedBirthDate();
    }
    // Lenient: the number was validated at registration; here only its birth date matters.
    ParseResult<?> parsed = IdKind.valueOf(document.type().name()).tryParse(document.number(),
        ParsePolicy.lenient(ctx.clock()));
    if (parsed instanceof ParseResult.Ok<?> ok && ok.value() instanceof PersonIdNumber person) {
      return Optional.of(person.birthDate());
    }
    return Optional.empty();
  }
}
