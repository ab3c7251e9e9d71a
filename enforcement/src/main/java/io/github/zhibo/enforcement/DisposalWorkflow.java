package io.github.zhibo.enforcement;

import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.enforcement.internal.DefaultDisposalWorkflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ledgered disposal workflow (违法行为处置制度): open a case, propose a measure the proportionality table
 * permits, take it with its term, remedy route and consumer-order arrangements, report it to the authorities the
 * profile names, and lift it at term end, after an appeal, a verified update or blacklist expiry.
 *
 * <p>Each step that changes state appends one ledger record (no personal data: opaque ids, enums, days, article
 * references) before the workflow's own view changes, so the ledger never holds less than the view. Measures
 * taken and lifted are also {@link ComplianceEvent.MeasureTaken} events; missed deadlines are
 * {@link ComplianceEvent.DeadlineMissed} events, each emitted once.
 *
 * <p>Thread-safe: every operation runs under one lock, so concurrent calls see a consistent sequence. Business
 * outcomes (a disproportionate measure, a missing remedy route) are {@link io.github.zhibo.core.check.Decision}s;
 * only caller mistakes (an unknown case, lifting a lifted measure) throw {@link EnforcementException}.
 */
public interface DisposalWorkflow {

  /** Starts configuring a workflow. */
  static Builder builder() {
    return new Builder();
  }

  /** The English/Chinese message bundle for this module's findings. */
  static Messages messages() {
    return DefaultDisposalWorkflow.MESSAGES;
  }

  /** The profile the workflow applies. */
  RegulationProfile profile();

  /** The proportionality table the workflow never exceeds. */
  ProportionalityTable table();

  /**
   * Opens a case and records it. For a case from an authority the "timely" action deadline starts.
   *
   * @throws EnforcementException {@code DUPLICATE_CASE} if the reference is taken
   * @throws IllegalArgumentException if the subject's id cannot serve as a pseudonymous ledger subject
   */
  void open(DisposalCase disposalCase);

  /**
   * Proposes {@code requested} for an open case: allowed when the table permits it for the case's grade, otherwise
   * capped to the heaviest permitted measure below it on the ladder (REVIEW), or refused (DENY).
   *
   * @throws EnforcementException {@code UNKNOWN_CASE}
   */
  Proposal propose(String caseRef, Measure requested);

  /**
   * Takes the proposal's permitted measure. The table is checked again, then the details: a fixed term for a
   * suspension (and for a blacklisting where the text requires a term), a remedy route where the text requires
   * one, the consumer-order arrangements where the text requires them and orders are affected. Refused when any
   * check fails, with nothing recorded.
   *
   * @throws EnforcementException {@code UNKNOWN_CASE}, {@code FOREIGN_PROPOSAL} or {@code DAY_OUT_OF_ORDER}
   *     (a term starting before the case was received)
   */
  TakeOutcome take(Proposal proposal, MeasureDetails details);

  /**
   * Closes a case without a measure, recording the platform's documented reason (e.g. the notice was withdrawn).
   *
   * @param reasonCode an UPPER_SNAKE code, e.g. {@code NOTICE_WITHDRAWN}
   * @throws EnforcementException {@code UNKNOWN_CASE} or {@code ILLEGAL_TRANSITION} (already closed)
   */
  void closeWithoutMeasure(String caseRef, String reasonCode, LocalDate on);

  /** Records an appeal (申诉) against a measure in force; the measure stays in force during review. */
  MeasureRecord fileAppeal(String measureId, LocalDate on);

  /** Records the review's result; a granted appeal lifts the measure. */
  MeasureRecord decideAppeal(String measureId, AppealDecision decision, LocalDate on);

  /**
   * Records the subject's request to lift a measure of an unreachable-party case after it updated its information.
   * Where the text requires prompt lifting (Order 117 Art. 22 ¶4) the verification deadline starts.
   */
  MeasureRecord requestLift(String measureId, LocalDate on);

  /** Records that the update was verified and lifts the measure at once (核验无误后及时解除). */
  MeasureRecord liftOnVerifiedUpdate(String measureId, LocalDate verifiedOn);

  /**
   * Lifts the subject's blacklisting on {@code on} and, where the text requires it (Order 117 Art. 14 ¶3), every
   * measure in force taken in the same cases. Returns the measures lifted, blacklist first.
   */
  List<MeasureRecord> blacklistExpired(PartyId subject, LocalDate on);

  /**
   * Lifts every measure whose fixed term ended before {@code today}; an expired blacklisting lifts its related
   * measures as {@link #blacklistExpired} does. Returns the measures lifted.
   */
  List<MeasureRecord> expireTerms(LocalDate today);

  /** Lifts a measure on the platform's own decision. */
  MeasureRecord lift(String measureId, LiftReason reason, LocalDate on);

  /**
   * Records that a report was sent. A report sent after its due day is recorded as late and, if not already
   * reported missed, emits a {@link ComplianceEvent.DeadlineMissed}.
   */
  RegulatorReport markSent(String reportId, LocalDate sentOn);

  /**
   * Emits a {@link ComplianceEvent.DeadlineMissed} for every deadline that passed before {@code today} without its
   * duty done — unsent reports, authority cases without a measure or documented closure, unverified lift
   * requests — once per deadline, and returns the events emitted by this call.
   */
  List<ComplianceEvent.DeadlineMissed> checkDeadlines(LocalDate today);

  /** The measure {@code measureId}. */
  Optional<MeasureRecord> measure(String measureId);

  /** Every measure, in the order taken. */
  List<MeasureRecord> measures();

  /** Every report owed, in the order created. */
  List<RegulatorReport> reports();

  /** A snapshot of the measure history. */
  MeasureHistory history();

  /**
   * The report documents for {@code period} (see {@link MeasureReports}); records one ledger entry per document
   * (recipient, period, row count, SHA-256 of the JSON) so what was generated can be proven later.
   */
  List<ReportDocument> reportDocuments(ReportPeriod period);

  /** Configures a workflow; only the ledger is required. Not thread-safe. */
  final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private @Nullable ProportionalityTable table;
    private @Nullable EvidenceLedger ledger;
    private Environment environment = Environment.defaults();
    private PlatformParameters parameters = PlatformParameters.defaults();
    private @Nullable WorkingDayCalendar calendar;

    private Builder() {}

    /** The profile to apply; default {@link RegulationProfiles#defaultProfile()}. */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The proportionality table; default {@link ProportionalityTable#defaults(RegulationProfile)}. */
    public Builder table(ProportionalityTable table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /** Where measure and report records go; required (a disposal system without records fails closed). */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** Clock, listener and executor; default {@link Environment#defaults()}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Platform parameters (SLAs, retention); default {@link PlatformParameters#defaults()}. */
    public Builder parameters(PlatformParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** The working-day calendar for the SLAs; default {@link WorkingDayCalendar#chinaMainland()}. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Builds the workflow and resumes it from the ledger: the cases, measures, reports, appeals, lift requests and
     * missed deadlines this profile's workflow recorded there before (a restart) are read back, so the view
     * continues where it stopped. Records of other profiles and other modules are ignored.
     *
     * @throws IllegalStateException if no ledger was given
     * @throws IllegalArgumentException if the table was made for another profile
     * @throws EnforcementException {@code LEDGER_UNTRUSTED} if the ledger fails verification or a record of this
     *     module cannot be read back
     */
    public DisposalWorkflow build() {
      if (ledger == null) {
        throw new IllegalStateException("a disposal workflow needs an evidence ledger: call ledger(...)");
      }
      ProportionalityTable t = table != null ? table : ProportionalityTable.defaults(profile);
      if (!t.profile().equals(profile.id())) {
        throw new IllegalArgumentException("the table was made for " + t.profile() + ", not " + profile.id());
      }
      WorkingDayCalendar c = calendar != null ? calendar : WorkingDayCalendar.chinaMainland();
      var workflow = new DefaultDisposalWorkflow(profile, t, ledger, environment, parameters, c);
      workflow.resumeFromLedger();
      return workflow;
    }
  }
}
