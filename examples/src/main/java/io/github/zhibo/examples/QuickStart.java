package io.github.zhibo.examples;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Checks;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.WorkingDayDeadline;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The README's quick start, compiled and run by a test so that it cannot go stale: a profile's numbers, an
 * offline identifier check composed into a decision, a working-day deadline, and the evidence kept for it.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    run(Clock.system(ZoneId.of("Asia/Shanghai")), System.out);
  }

  /** Runs the walkthrough against {@code clock}, printing what a platform engineer would look at. */
  public static void run(Clock clock, PrintStream out) {
    // snippet-start
    RegulationProfile profile = RegulationProfiles.defaultProfile();            // ORDER_117
    out.println("re-verify every " + profile.reverificationInterval()            // P6M
        + " (" + profile.reverification().source() + ")");                      // ORDER_117 Art. 8(1)

    // An offline format check, before the online channels Art. 8 names; a failing check says why.
    Check<String> usccWellFormed = (uscc, ctx) ->
        UnifiedSocialCreditCode.tryParse(uscc, ParsePolicy.defaults(ctx.clock())).isOk()
            ? Decision.allow(ctx.profile())
            : Decision.deny(List.of(Finding.builder("IDENTITY.USCC_FORMAT", ctx.profile(),
                profile.ref(8, 1), Severity.VIOLATION, "identity.usccFormat").build()));
    Check<String> gate = Checks.allOf(usccWellFormed);     // add more checks; a failing one yields REVIEW
    Decision decision = gate.check("91350100M000100Y43", CheckContext.of(profile.id(), clock));
    out.println("operator USCC: " + decision.outcome());                       // ALLOW

    // Order 117 Art. 15: the platform verifies a reported change within 7 working days.
    WorkingDayDeadline check = profile.platformChangeCheck().orElseThrow();
    LocalDate due = WorkingDayCalendar.chinaMainland().addWorkingDays(LocalDate.of(2026, 9, 30), check.workingDays());
    out.println("change reported 2026-09-30, verify by " + due);                // 2026-10-15

    // Keep the evidence: hash-chained, with the article and a retain-until date.
    EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build();
    ledger.append(new LedgerEntry(profile.id(), check.source(), SubjectRef.of("room:r1"),
        RecordType.of("CHANGE_CHECK_DUE"), Map.of("dueOn", due.toString()), due.plusYears(3)));
    out.println("ledger intact: " + ledger.verify().isOk());                   // true
    // snippet-end
  }
}
