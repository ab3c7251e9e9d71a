package io.github.zhibo.examples;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Checks;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.RetainedRecord;
import io.github.zhibo.core.regulation.Retention;
import io.github.zhibo.core.regulation.Reverification;
import io.github.zhibo.core.regulation.WorkingDayDeadline;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The README's quick start, compiled and run by a test so that it cannot go stale: a profile's numbers, an
 * offline identifier check composed into a decision, a working-day deadline, and the evidence kept for it.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    run(Clock.system(ChinaZone.ZONE), System.out);
  }

  /** Runs the walkthrough against {@code clock}, printing what a platform engineer would look at. */
  public static void run(Clock clock, PrintStream out) {
    // snippet-start
    RegulationProfile profile = RegulationProfiles.defaultProfile();            // ORDER_117
    Reverification reverify = profile.reverification();
    out.println("re-verify every " + reverify.interval()                         // P6M
        + " (" + reverify.source() + "), verified 2026-08-31 -> due "            // ORDER_117 Art. 8(1)
        + reverify.nextDue(LocalDate.of(2026, 8, 31)));                         // 2027-02-28

    // An offline format check; the context resolves the obligation to the article of its own profile.
    Check<String> usccWellFormed = (uscc, ctx) ->
        UnifiedSocialCreditCode.tryParse(uscc, ParsePolicy.defaults(ctx.clock())).isOk()
            ? ctx.allow()
            : Decision.deny(List.of(ctx.finding("IDENTITY.USCC_FORMAT", Obligation.IDENTITY_REGISTRATION,
                Severity.VIOLATION, "identity.usccFormat").build()));
    Check<String> gate = Checks.allOf(usccWellFormed);     // add more checks; a failing one yields REVIEW
    Decision decision = gate.check("91350100M000100Y43", CheckContext.of(profile, clock));
    out.println("operator USCC: " + decision.outcome());                       // ALLOW

    // Order 117 Art. 15: the platform verifies a reported change within 7 working days.
    WorkingDayDeadline check = profile.platformChangeCheck().orElseThrow();
    LocalDate due = check.dueDate(LocalDate.of(2026, 9, 30), WorkingDayCalendar.chinaMainland());
    out.println("change reported 2026-09-30, verify by " + due);                // 2026-10-15

    // Keep the evidence: hash-chained, with the article and the retain-until date the profile sets.
    Retention keep = profile.retention(RetainedRecord.MARKETER_VERIFICATION).orElseThrow(); // 3 years
    LocalDate liveEnded = LocalDate.of(2026, 9, 30);                          // from the end of the live
    EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build();
    ledger.append(new LedgerEntry(profile.id(), profile.requireArticle(Obligation.MARKETER_VERIFICATION),
        SubjectRef.of("marketer:m1"), RecordType.of("MARKETER_VERIFIED"),
        Map.of("liveEndedOn", liveEnded.toString()), keep.retainUntil(liveEnded)));
    out.println("ledger intact: " + ledger.verify().isOk());                   // true
    // snippet-end
  }
}
