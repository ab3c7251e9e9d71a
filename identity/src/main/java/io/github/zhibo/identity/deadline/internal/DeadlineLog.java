package io.github.zhibo.identity.deadline.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.archive.internal.SubjectRefs;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Records what a deadline check found: each finding as a {@code DEADLINE_FINDING} ledger record (rule,
 * severity, due day — no personal data) and a {@code FindingMade} event; an overdue duty also as a {@code
 * DeadlineMissed} event.
 */
public final class DeadlineLog {

  private static final RecordType FINDING = RecordType.of("DEADLINE_FINDING");

  private final @Nullable EvidenceLedger ledger;
  private final Period retention;

  /** A log writing to {@code ledger} (or only emitting events when null). */
  public DeadlineLog(@Nullable EvidenceLedger ledger, Period retention) {
    this.ledger = ledger;
    this.retention = retention;
  }

  /** One finding about {@code subject}, due on {@code dueOn}; {@code overdue} when the duty is still undone. */
  public record Entry(Finding finding, LocalDate dueOn, boolean overdue, String deadline) {}

  /** Records {@code entries} about {@code subject}. */
  public void record(CheckContext ctx, PartyId subject, List<Entry> entries) {
    for (Entry e : entries) {
      Finding f = e.finding();
      ctx.environment().emit(new ComplianceEvent.FindingMade(ctx.clock().instant(), ctx.profileId(),
          java.util.Optional.of(subject), f));
      if (e.overdue() && f.article().isPresent()) {
        ctx.environment().emit(new ComplianceEvent.DeadlineMissed(ctx.clock().instant(), ctx.profileId(), subject,
            e.deadline(), e.dueOn(), f.article().get()));
      }
      if (ledger != null && f.article().isPresent() && f.severity() != Severity.INFO) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("rule", f.rule());
        payload.put("severity", f.severity().name());
        payload.put("deadline", e.deadline());
        payload.put("dueOn", e.dueOn().toString());
        payload.put("overdue", Boolean.toString(e.overdue()));
        ledger.append(new LedgerEntry(ctx.profileId(), f.article().get(), SubjectRefs.of(subject), FINDING, payload,
            ctx.today().plus(retention)));
      }
    }
  }
}
