package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.ComplianceEvent.MeasureAction;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.BlacklistRules;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.enforcement.AppealDecision;
import io.github.zhibo.enforcement.CaseSource;
import io.github.zhibo.enforcement.DisposalCase;
import io.github.zhibo.enforcement.DisposalWorkflow;
import io.github.zhibo.enforcement.EnforcementError;
import io.github.zhibo.enforcement.EnforcementException;
import io.github.zhibo.enforcement.EnforcementParameters;
import io.github.zhibo.enforcement.LiftReason;
import io.github.zhibo.enforcement.MeasureDetails;
import io.github.zhibo.enforcement.MeasureHistory;
import io.github.zhibo.enforcement.MeasureRecord;
import io.github.zhibo.enforcement.MeasureStatus;
import io.github.zhibo.enforcement.Proposal;
import io.github.zhibo.enforcement.RegulatorReport;
import io.github.zhibo.enforcement.ReportDocument;
import io.github.zhibo.enforcement.ReportPeriod;
import io.github.zhibo.enforcement.TakeOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The default {@link DisposalWorkflow}: in-memory view, evidence ledger as the record. Every operation holds one
 * lock; each ledger append happens before the view changes, so a failed append leaves the view as it was.
 */
public final class DefaultDisposalWorkflow implements DisposalWorkflow {

  /** This module's finding messages. */
  public static final Messages MESSAGES = Messages.load(DisposalWorkflow.class, "messages");

  private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
  private static final SubjectRef PLATFORM = SubjectRef.of("platform:self");

  /** What the workflow knows about a case. Guarded by {@code lock}. */
  private static final class CaseState {
    final DisposalCase c;
    final ArticleRef basis;
    final Optional<LocalDate> actionDue;
    boolean acted;
    boolean closed;
    int measures;

    CaseState(DisposalCase c, ArticleRef basis, Optional<LocalDate> actionDue) {
      this.c = c;
      this.basis = basis;
      this.actionDue = actionDue;
    }
  }

  private final RegulationProfile profile;
  private final ProportionalityTable table;
  private final EvidenceLedger ledger;
  private final Environment env;
  private final PlatformParameters parameters;
  private final WorkingDayCalendar calendar;
  private final Rules rules;

  private final Object lock = new Object();
  private final Map<String, CaseState> cases = new LinkedHashMap<>();
  private final Map<String, MeasureRecord> measures = new LinkedHashMap<>();
  private final Map<String, RegulatorReport> reports = new LinkedHashMap<>();
  private final Map<String, LocalDate> liftDue = new HashMap<>();
  /** Deadlines already reported missed, as {@code KIND:id}, so each is emitted once. */
  private final Set<String> missed = new HashSet<>();

  /** Use {@link DisposalWorkflow#builder()}. */
  public DefaultDisposalWorkflow(RegulationProfile profile, ProportionalityTable table, EvidenceLedger ledger,
      Environment env, PlatformParameters parameters, WorkingDayCalendar calendar) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.table = Objects.requireNonNull(table, "table");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.env = Objects.requireNonNull(env, "env");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.rules = new Rules(profile, table);
  }

  /**
   * Rebuilds the view from this profile's records already in the ledger (a restart). Called once, by the builder,
   * before the workflow is shared.
   *
   * @throws EnforcementException {@code LEDGER_UNTRUSTED} if the chain is broken or a record is unreadable
   */
  public void resumeFromLedger() {
    synchronized (lock) {
      var verification = ledger.verify();
      if (!verification.isOk()) {
        throw new EnforcementException(EnforcementError.LEDGER_UNTRUSTED, "the evidence ledger fails verification");
      }
      ledger.scan(r -> {
        if (r.profile().equals(profile.id())) replay(r);
        return true;
      });
    }
  }

  private void replay(io.github.zhibo.core.ledger.LedgerRecord r) {
    var x = new LedgerReplay(r);
    switch (r.type().value()) {
      case "DISPOSAL_CASE_OPENED" -> {
        DisposalCase c = x.disposalCase();
        cases.put(c.caseRef(), new CaseState(c, x.article(), x.optDay("actionDue")));
      }
      case "DISPOSAL_CASE_CLOSED" -> replayCase(x).closed = true;
      case "MEASURE_TAKEN" -> {
        MeasureRecord m = x.measure();
        CaseState s = replayCase(x);
        s.acted = true;
        s.measures++;
        measures.put(m.measureId(), m);
      }
      case "MEASURE_REPORT_DUE" -> {
        RegulatorReport report = x.report(replayMeasure(x));
        reports.put(report.reportId(), report);
      }
      case "MEASURE_REPORT_SENT" -> {
        RegulatorReport report = reports.get(x.get("reportId"));
        if (report == null) throw x.untrusted("names an unknown report");
        reports.put(report.reportId(), report.sent(x.day("sentOn")));
      }
      case "MEASURE_APPEAL_FILED" -> {
        MeasureRecord m = replayMeasure(x);
        measures.put(m.measureId(), m.withStatus(MeasureStatus.UNDER_APPEAL, x.optDay("filedOn"), m.liftRequestedOn()));
      }
      case "MEASURE_APPEAL_DECIDED" -> {
        MeasureRecord m = replayMeasure(x);
        // a granted appeal is followed by its MEASURE_LIFTED record
        MeasureStatus back = m.liftRequestedOn().isPresent() ? MeasureStatus.LIFT_REQUESTED : MeasureStatus.ACTIVE;
        if (m.status().inForce()) measures.put(m.measureId(), m.withStatus(back, m.appealFiledOn(), m.liftRequestedOn()));
      }
      case "MEASURE_LIFT_REQUESTED" -> {
        MeasureRecord m = replayMeasure(x);
        LocalDate on = x.day("requestedOn");
        measures.put(m.measureId(), m.withStatus(MeasureStatus.LIFT_REQUESTED, m.appealFiledOn(), Optional.of(on)));
        x.optDay("verifyBy").ifPresent(d -> liftDue.put(m.measureId(), d));
      }
      case "MEASURE_LIFTED" -> {
        MeasureRecord m = replayMeasure(x);
        measures.put(m.measureId(), m.lifted(x.day("liftedOn"), x.enumOf("reason", LiftReason.class)));
        liftDue.remove(m.measureId());
      }
      case "DEADLINE_MISSED" -> missed.add(x.get("deadline") + ":" + x.get("ref"));
      default -> {
        // MEASURE_REPORT_GENERATED, and other modules' records: nothing to restore
      }
    }
  }

  private CaseState replayCase(LedgerReplay x) {
    CaseState s = cases.get(x.get("caseRef"));
    if (s == null) throw x.untrusted("names an unknown case");
    return s;
  }

  private MeasureRecord replayMeasure(LedgerReplay x) {
    MeasureRecord m = measures.get(x.get("measureId"));
    if (m == null) throw x.untrusted("names an unknown measure");
    return m;
  }

  @Override
  public RegulationProfile profile() {
    return profile;
  }

  @Override
  public ProportionalityTable table() {
    return table;
  }

  // ---- cases ----

  @Override
  public void open(DisposalCase c) {
    Objects.requireNonNull(c, "disposalCase");
    synchronized (lock) {
      if (cases.containsKey(c.caseRef())) {
        throw new EnforcementException(EnforcementError.DUPLICATE_CASE, "case " + c.caseRef() + " is already open");
      }
      SubjectRef subject = Subjects.of(c.subject());
      ArticleRef basis = basisFor(c.source());
      Optional<LocalDate> due = c.source().fromRegulator()
          ? Optional.of(calendar.addWorkingDays(c.receivedOn(),
              parameters.get(EnforcementParameters.ACTION_ON_NOTICE_WORKING_DAYS)))
          : Optional.empty();
      var p = new LinkedHashMap<String, String>();
      p.put("caseRef", c.caseRef());
      p.put("source", c.source().name());
      p.put("role", c.role().name());
      p.put("grade", c.grade().name());
      p.put("receivedOn", c.receivedOn().toString());
      c.notifiedBy().ifPresent(a -> p.put("notifiedBy", a.name()));
      due.ifPresent(d -> {
        p.put("actionDue", d.toString());
        p.put("parameter", parameters.describe(EnforcementParameters.ACTION_ON_NOTICE_WORKING_DAYS));
      });
      append(basis, subject, "DISPOSAL_CASE_OPENED", p);
      cases.put(c.caseRef(), new CaseState(c, basis, due));
    }
  }

  @Override
  public Proposal propose(String caseRef, Measure requested) {
    Objects.requireNonNull(requested, "requested");
    synchronized (lock) {
      CaseState s = openCase(caseRef);
      return rules.propose(s.c, requested);
    }
  }

  @Override
  public TakeOutcome take(Proposal proposal, MeasureDetails details) {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(details, "details");
    synchronized (lock) {
      CaseState s = openCase(proposal.caseRef());
      if (!proposal.decision().profile().equals(profile.id()) || proposal.grade() != s.c.grade()) {
        throw new EnforcementException(EnforcementError.FOREIGN_PROPOSAL,
            "the proposal was not made by this workflow for case " + s.c.caseRef());
      }
      if (details.term().startsOn().isBefore(s.c.receivedOn())) {
        throw new EnforcementException(EnforcementError.DAY_OUT_OF_ORDER, "a term cannot start before the case");
      }
      if (proposal.permitted().isEmpty()) {
        // whatever the proposal's own outcome says, nothing is taken: always a DENY with its reason
        return new TakeOutcome(Decision.deny(List.of(rules.nothingPermitted(s.c, proposal.requested()))),
            Optional.empty(), List.of());
      }
      Measure measure = proposal.permitted().get();
      List<Finding> refusals = rules.refusals(s.c, measure, details);
      if (!refusals.isEmpty()) {
        return new TakeOutcome(Decision.deny(refusals), Optional.empty(), List.of());
      }
      LocalDate takenOn = today();
      if (takenOn.isBefore(s.c.receivedOn())) {
        throw new EnforcementException(EnforcementError.DAY_OUT_OF_ORDER, "the clock is before the case was received");
      }
      List<ReportRouter.Route> routes = ReportRouter.routes(profile, measure, s.c.source());
      LocalDate due = calendar.addWorkingDays(takenOn, parameters.get(CoreParameters.TIMELY_REPORT_WORKING_DAYS));
      String id = s.c.caseRef() + "." + (s.measures + 1);
      var record = new MeasureRecord(id, s.c.caseRef(), s.c.source(), s.c.subject(), s.c.role(), s.c.grade(),
          measure, termZh(measure), details.term(), s.basis, details.remedy(), details.consumerOrders(),
          details.platformRuleRef(), takenOn, MeasureStatus.ACTIVE, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
      SubjectRef subject = Subjects.of(s.c.subject());
      append(profile.requireArticle(Obligation.MEASURE_RECORDS), subject, "MEASURE_TAKEN",
          takenPayload(record, routes, due));
      measures.put(id, record);
      s.measures++;
      s.acted = true;
      var owed = new ArrayList<RegulatorReport>();
      for (ReportRouter.Route r : routes) {
        var report = new RegulatorReport(id + "." + ReportRouter.suffix(r), id, s.c.caseRef(), s.c.subject(), measure,
            r.recipient(), r.jurisdiction(), r.source(), takenOn, due, Optional.empty());
        // The report is owed from the moment the measure is recorded, even if its own record fails to append.
        reports.put(report.reportId(), report);
        owed.add(report);
        var p = new LinkedHashMap<String, String>();
        p.put("reportId", report.reportId());
        p.put("measureId", id);
        p.put("recipient", r.recipient().toString());
        p.put("jurisdiction", r.jurisdiction().name());
        p.put("dueOn", due.toString());
        p.put("parameter", parameters.describe(CoreParameters.TIMELY_REPORT_WORKING_DAYS));
        append(r.source(), subject, "MEASURE_REPORT_DUE", p);
      }
      env.emit(new ComplianceEvent.MeasureTaken(env.clock().instant(), profile.id(), s.c.subject(), measure,
          MeasureAction.TAKEN, s.basis));
      var findings = new ArrayList<Finding>();
      // a DENY proposal's findings would contradict the ALLOW (only a forged proposal gets here with one)
      if (proposal.decision().outcome() != io.github.zhibo.core.check.Outcome.DENY) {
        findings.addAll(proposal.decision().findings());
      }
      findings.add(rules.recorded(measure, owed.size(), due));
      return new TakeOutcome(Decision.allow(profile.id(), findings), Optional.of(record), owed);
    }
  }

  @Override
  public void closeWithoutMeasure(String caseRef, String reasonCode, LocalDate on) {
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(on, "on");
    if (!REASON.matcher(reasonCode).matches()) {
      throw new IllegalArgumentException("a reason code is UPPER_SNAKE, 2-64 characters");
    }
    synchronized (lock) {
      CaseState s = openCase(caseRef);
      if (s.acted) {
        throw new EnforcementException(EnforcementError.ILLEGAL_TRANSITION, "case " + caseRef + " already has measures");
      }
      if (on.isBefore(s.c.receivedOn())) {
        throw new EnforcementException(EnforcementError.DAY_OUT_OF_ORDER, "a case cannot close before it was received");
      }
      append(s.basis, Subjects.of(s.c.subject()), "DISPOSAL_CASE_CLOSED",
          Map.of("caseRef", caseRef, "reason", reasonCode, "closedOn", on.toString()));
      s.closed = true;
    }
  }

  // ---- appeals and lifting ----

  @Override
  public MeasureRecord fileAppeal(String measureId, LocalDate on) {
    Objects.requireNonNull(on, "on");
    synchronized (lock) {
      MeasureRecord m = known(measureId);
      if (m.status() != MeasureStatus.ACTIVE && m.status() != MeasureStatus.LIFT_REQUESTED) {
        throw illegal(m, "cannot be appealed");
      }
      notBefore(on, m.takenOn());
      append(appealArticle(m), Subjects.of(m.subject()), "MEASURE_APPEAL_FILED",
          Map.of("measureId", measureId, "filedOn", on.toString()));
      MeasureRecord updated = m.withStatus(MeasureStatus.UNDER_APPEAL, Optional.of(on), m.liftRequestedOn());
      measures.put(measureId, updated);
      return updated;
    }
  }

  @Override
  public MeasureRecord decideAppeal(String measureId, AppealDecision decision, LocalDate on) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(on, "on");
    synchronized (lock) {
      MeasureRecord m = known(measureId);
      if (m.status() != MeasureStatus.UNDER_APPEAL) throw illegal(m, "has no appeal under review");
      notBefore(on, m.appealFiledOn().orElse(m.takenOn()));
      append(appealArticle(m), Subjects.of(m.subject()), "MEASURE_APPEAL_DECIDED",
          Map.of("measureId", measureId, "decision", decision.name(), "decidedOn", on.toString()));
      if (decision == AppealDecision.GRANTED) return liftNow(m, LiftReason.APPEAL_GRANTED, on);
      MeasureStatus back = m.liftRequestedOn().isPresent() ? MeasureStatus.LIFT_REQUESTED : MeasureStatus.ACTIVE;
      MeasureRecord updated = m.withStatus(back, m.appealFiledOn(), m.liftRequestedOn());
      measures.put(measureId, updated);
      return updated;
    }
  }

  @Override
  public MeasureRecord requestLift(String measureId, LocalDate on) {
    Objects.requireNonNull(on, "on");
    synchronized (lock) {
      MeasureRecord m = known(measureId);
      if (m.source() != CaseSource.UNREACHABLE_PARTY) throw illegal(m, "is not an unreachable-party measure");
      if (m.status() != MeasureStatus.ACTIVE) throw illegal(m, "is not simply in force");
      notBefore(on, m.takenOn());
      var p = new LinkedHashMap<String, String>();
      p.put("measureId", measureId);
      p.put("requestedOn", on.toString());
      Optional<LocalDate> due = Duties.article(profile, Duty.PROMPT_LIFT_ON_UPDATE)
          .map(a -> calendar.addWorkingDays(on, parameters.get(EnforcementParameters.LIFT_CHECK_WORKING_DAYS)));
      due.ifPresent(d -> {
        p.put("verifyBy", d.toString());
        p.put("parameter", parameters.describe(EnforcementParameters.LIFT_CHECK_WORKING_DAYS));
      });
      append(liftArticle(LiftReason.UPDATE_VERIFIED, m), Subjects.of(m.subject()), "MEASURE_LIFT_REQUESTED", p);
      due.ifPresent(d -> liftDue.put(measureId, d));
      MeasureRecord updated = m.withStatus(MeasureStatus.LIFT_REQUESTED, m.appealFiledOn(), Optional.of(on));
      measures.put(measureId, updated);
      return updated;
    }
  }

  @Override
  public MeasureRecord liftOnVerifiedUpdate(String measureId, LocalDate verifiedOn) {
    Objects.requireNonNull(verifiedOn, "verifiedOn");
    synchronized (lock) {
      MeasureRecord m = known(measureId);
      if (m.source() != CaseSource.UNREACHABLE_PARTY) throw illegal(m, "is not an unreachable-party measure");
      MeasureRecord lifted = liftNow(m, LiftReason.UPDATE_VERIFIED, verifiedOn);
      liftDue.remove(measureId);
      return lifted;
    }
  }

  @Override
  public List<MeasureRecord> blacklistExpired(PartyId subject, LocalDate on) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(on, "on");
    synchronized (lock) {
      var out = new ArrayList<MeasureRecord>();
      for (MeasureRecord m : List.copyOf(measures.values())) {
        if (m.subject().equals(subject) && m.measure() == Measure.BLACKLIST && m.status().inForce()) {
          out.addAll(expireBlacklisting(m, on));
        }
      }
      return List.copyOf(out);
    }
  }

  @Override
  public List<MeasureRecord> expireTerms(LocalDate today) {
    Objects.requireNonNull(today, "today");
    synchronized (lock) {
      var out = new ArrayList<MeasureRecord>();
      for (MeasureRecord m : List.copyOf(measures.values())) {
        MeasureRecord now = measures.get(m.measureId());
        if (!now.status().inForce() || now.term().endsOn().isEmpty()) continue;
        LocalDate end = now.term().endsOn().get();
        if (!end.isBefore(today)) continue;
        LocalDate liftDay = end.plusDays(1);
        if (now.measure() == Measure.BLACKLIST) {
          out.addAll(expireBlacklisting(now, liftDay));
        } else {
          out.add(liftNow(now, LiftReason.TERM_ENDED, liftDay));
        }
      }
      return List.copyOf(out);
    }
  }

  @Override
  public MeasureRecord lift(String measureId, LiftReason reason, LocalDate on) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(on, "on");
    if (reason != LiftReason.PLATFORM_DECISION && reason != LiftReason.TERM_ENDED) {
      throw new IllegalArgumentException(reason + " has its own operation (decideAppeal, liftOnVerifiedUpdate, "
          + "blacklistExpired)");
    }
    synchronized (lock) {
      return liftNow(known(measureId), reason, on);
    }
  }

  /** Lifts a blacklisting and, where the text requires it, the measures of the same cases still in force. */
  private List<MeasureRecord> expireBlacklisting(MeasureRecord blacklisting, LocalDate on) {
    var out = new ArrayList<MeasureRecord>();
    out.add(liftNow(blacklisting, LiftReason.BLACKLIST_EXPIRED, on));
    if (profile.blacklist().requires(BlacklistRules.Feature.EXPIRY_REMOVAL)) {
      for (MeasureRecord m : List.copyOf(measures.values())) {
        if (m.status().inForce() && m.subject().equals(blacklisting.subject())
            && m.caseRef().equals(blacklisting.caseRef())) {
          out.add(liftNow(m, LiftReason.BLACKLIST_EXPIRED, on.isBefore(m.takenOn()) ? m.takenOn() : on));
        }
      }
    }
    return out;
  }

  private MeasureRecord liftNow(MeasureRecord m, LiftReason reason, LocalDate on) {
    if (!m.status().inForce()) throw illegal(m, "is already lifted");
    notBefore(on, m.takenOn());
    ArticleRef article = liftArticle(reason, m);
    append(article, Subjects.of(m.subject()), "MEASURE_LIFTED", Map.of("measureId", m.measureId(),
        "measure", m.measure().name(), "reason", reason.name(), "liftedOn", on.toString()));
    MeasureRecord lifted = m.lifted(on, reason);
    measures.put(m.measureId(), lifted);
    liftDue.remove(m.measureId());
    env.emit(new ComplianceEvent.MeasureTaken(env.clock().instant(), profile.id(), m.subject(), m.measure(),
        MeasureAction.LIFTED, article));
    return lifted;
  }

  // ---- reports and deadlines ----

  @Override
  public RegulatorReport markSent(String reportId, LocalDate sentOn) {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(sentOn, "sentOn");
    synchronized (lock) {
      RegulatorReport r = reports.get(reportId);
      if (r == null) throw new EnforcementException(EnforcementError.UNKNOWN_REPORT, "no report " + reportId);
      if (r.isSent()) throw new EnforcementException(EnforcementError.ILLEGAL_TRANSITION, reportId + " was already sent");
      notBefore(sentOn, r.takenOn());
      boolean late = sentOn.isAfter(r.dueOn());
      append(r.source(), Subjects.of(r.subject()), "MEASURE_REPORT_SENT", Map.of("reportId", reportId,
          "sentOn", sentOn.toString(), "dueOn", r.dueOn().toString(), "late", Boolean.toString(late)));
      RegulatorReport sent = r.sent(sentOn);
      reports.put(reportId, sent);
      if (late) missed(Obligation.MEASURE_REPORTING.name(), reportId, r.subject(), r.dueOn(), r.source());
      return sent;
    }
  }

  @Override
  public List<ComplianceEvent.DeadlineMissed> checkDeadlines(LocalDate today) {
    Objects.requireNonNull(today, "today");
    synchronized (lock) {
      var out = new ArrayList<ComplianceEvent.DeadlineMissed>();
      for (RegulatorReport r : reports.values()) {
        if (!r.isSent() && today.isAfter(r.dueOn())) {
          missed(Obligation.MEASURE_REPORTING.name(), r.reportId(), r.subject(), r.dueOn(), r.source())
              .ifPresent(out::add);
        }
      }
      for (CaseState s : cases.values()) {
        if (s.acted || s.closed || s.actionDue.isEmpty() || !today.isAfter(s.actionDue.get())) continue;
        missed(Obligation.DISPOSAL_ON_NOTICE.name(), s.c.caseRef(), s.c.subject(), s.actionDue.get(), s.basis)
            .ifPresent(out::add);
      }
      for (Map.Entry<String, LocalDate> e : List.copyOf(liftDue.entrySet())) {
        MeasureRecord m = measures.get(e.getKey());
        if (m.status().inForce() && today.isAfter(e.getValue())) {
          missed(Obligation.UNREACHABLE_PARTY_LIFT.name(), m.measureId(), m.subject(), e.getValue(),
              liftArticle(LiftReason.UPDATE_VERIFIED, m)).ifPresent(out::add);
        }
      }
      return List.copyOf(out);
    }
  }

  /** Records and emits a missed deadline once; empty if it was already reported. */
  private Optional<ComplianceEvent.DeadlineMissed> missed(String kind, String id, PartyId subject, LocalDate dueOn,
      ArticleRef article) {
    if (missed.contains(kind + ":" + id)) return Optional.empty();
    append(article, Subjects.of(subject), "DEADLINE_MISSED",
        Map.of("deadline", kind, "ref", id, "dueOn", dueOn.toString()));
    missed.add(kind + ":" + id);
    var event = new ComplianceEvent.DeadlineMissed(env.clock().instant(), profile.id(), subject, kind, dueOn, article);
    env.emit(event);
    return Optional.of(event);
  }

  // ---- queries ----

  @Override
  public Optional<MeasureRecord> measure(String measureId) {
    synchronized (lock) {
      return Optional.ofNullable(measures.get(Objects.requireNonNull(measureId, "measureId")));
    }
  }

  @Override
  public List<MeasureRecord> measures() {
    synchronized (lock) {
      return List.copyOf(measures.values());
    }
  }

  @Override
  public List<RegulatorReport> reports() {
    synchronized (lock) {
      return List.copyOf(reports.values());
    }
  }

  @Override
  public MeasureHistory history() {
    synchronized (lock) {
      return HistoryView.of(List.copyOf(measures.values()));
    }
  }

  @Override
  public List<ReportDocument> reportDocuments(ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    synchronized (lock) {
      List<ReportDocument> docs = ReportDocumentWriter.write(profile, period, measures.values(), reports.values());
      ArticleRef article = profile.requireArticle(Obligation.MEASURE_REPORTING);
      for (ReportDocument d : docs) {
        append(article, PLATFORM, "MEASURE_REPORT_GENERATED", Map.of("file", d.fileBaseName(),
            "recipient", d.recipient().toString(), "jurisdiction", d.jurisdiction().name(),
            "periodFrom", period.from().toString(), "periodTo", period.to().toString(),
            "rows", Integer.toString(d.rows()), "jsonSha256", sha256(d.json())));
      }
      return docs;
    }
  }

  // ---- helpers ----

  private ArticleRef basisFor(CaseSource source) {
    switch (source) {
      case REGULATOR_NOTICE:
        return profile.requireArticle(Obligation.DISPOSAL_ON_NOTICE);
      case REFUSED_INTERVIEW:
        return Duties.article(profile, Duty.REFUSED_INTERVIEW_REPORT)
            .orElseGet(() -> profile.requireArticle(Obligation.DISPOSAL_ON_NOTICE));
      case UNREACHABLE_PARTY:
        return Duties.article(profile, Duty.UNREACHABLE_PARTY_MEASURE)
            .orElseGet(() -> profile.requireArticle(Obligation.UNREACHABLE_PARTY));
      case PLATFORM_FINDING:
      default:
        return profile.requireArticle(Obligation.DISPOSAL_SYSTEM);
    }
  }

  private ArticleRef appealArticle(MeasureRecord m) {
    if (m.measure() == Measure.BLACKLIST && profile.imposes(Obligation.BLACKLIST_APPEAL)) {
      return profile.requireArticle(Obligation.BLACKLIST_APPEAL);
    }
    return Duties.article(profile, Duty.REMEDY_ROUTE)
        .orElseGet(() -> profile.requireArticle(Obligation.DISPOSAL_SYSTEM));
  }

  private ArticleRef liftArticle(LiftReason reason, MeasureRecord m) {
    switch (reason) {
      case UPDATE_VERIFIED:
        return profile.article(Obligation.UNREACHABLE_PARTY_LIFT)
            .orElseGet(() -> profile.requireArticle(Obligation.MEASURE_RECORDS));
      case BLACKLIST_EXPIRED: {
        BlacklistRules bl = profile.blacklist();
        return bl.requires(BlacklistRules.Feature.EXPIRY_REMOVAL)
            ? bl.features().get(BlacklistRules.Feature.EXPIRY_REMOVAL) : bl.source();
      }
      case APPEAL_GRANTED:
        return appealArticle(m);
      case TERM_ENDED:
      case PLATFORM_DECISION:
      default:
        return profile.requireArticle(Obligation.MEASURE_RECORDS);
    }
  }

  private String termZh(Measure m) {
    String t = profile.disposalMeasures().termsZh().get(m);
    return t != null ? t : profile.liveInterventions().termsZh().getOrDefault(m, m.name());
  }

  private Map<String, String> takenPayload(MeasureRecord r, List<ReportRouter.Route> routes, LocalDate due) {
    var p = new LinkedHashMap<String, String>();
    p.put("measureId", r.measureId());
    p.put("caseRef", r.caseRef());
    p.put("source", r.source().name());
    p.put("role", r.role().name());
    p.put("grade", r.grade().name());
    p.put("measure", r.measure().name());
    p.put("measureZh", r.termZh());
    p.put("legalBasis", r.legalBasis().toString());
    p.put("tablePermits", table.allowed(r.grade()).stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    p.put("termStart", r.term().startsOn().toString());
    r.term().endsOn().ifPresent(e -> p.put("termEnd", e.toString()));
    r.remedy().ifPresent(x -> {
      p.put("remedyChannel", x.channel().name());
      p.put("remedyRule", x.ruleRef());
      p.put("appealWindowDays", Integer.toString(x.appealWindowDays()));
    });
    p.put("affectedOrders", Long.toString(r.consumerOrders().affectedOrders()));
    if (r.consumerOrders().affectsOrders()) {
      p.put("orderArrangements", r.consumerOrders().arrangements().stream().map(Enum::name).sorted()
          .collect(Collectors.joining(",")));
      r.consumerOrders().planRef().ifPresent(x -> p.put("orderPlan", x));
    }
    r.platformRuleRef().ifPresent(x -> p.put("platformRule", x));
    p.put("reportTo", routes.stream().map(ReportRouter::suffix).collect(Collectors.joining(",")));
    if (!routes.isEmpty()) p.put("reportDue", due.toString());
    p.put("takenOn", r.takenOn().toString());
    return p;
  }

  private void append(ArticleRef article, SubjectRef subject, String type, Map<String, String> payload) {
    LocalDate retainUntil = today().plus(parameters.get(EnforcementParameters.RECORD_RETENTION));
    ledger.append(new LedgerEntry(profile.id(), article, subject, RecordType.of(type), payload, retainUntil));
  }

  private LocalDate today() {
    return ChinaZone.today(env.clock());
  }

  private CaseState openCase(String caseRef) {
    Objects.requireNonNull(caseRef, "caseRef");
    CaseState s = cases.get(caseRef);
    if (s == null) throw new EnforcementException(EnforcementError.UNKNOWN_CASE, "no case " + caseRef);
    if (s.closed) throw new EnforcementException(EnforcementError.ILLEGAL_TRANSITION, "case " + caseRef + " is closed");
    return s;
  }

  private MeasureRecord known(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    MeasureRecord m = measures.get(measureId);
    if (m == null) throw new EnforcementException(EnforcementError.UNKNOWN_MEASURE, "no measure " + measureId);
    return m;
  }

  private static EnforcementException illegal(MeasureRecord m, String why) {
    return new EnforcementException(EnforcementError.ILLEGAL_TRANSITION,
        "measure " + m.measureId() + " (" + m.status() + ") " + why);
  }

  private static void notBefore(LocalDate day, LocalDate earliest) {
    if (day.isBefore(earliest)) {
      throw new EnforcementException(EnforcementError.DAY_OUT_OF_ORDER, day + " is before " + earliest);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
