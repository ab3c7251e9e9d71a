package io.github.zhibo.tiering;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.regulation.ViolationGrade;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.tiering.internal.Subjects;
import io.github.zhibo.tiering.spi.ComplianceRecordStore;
import io.github.zhibo.tiering.spi.RiskModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a risk model's signals into live interventions (draft Art. 12: 弹窗提示、违规警告、限制流量、暂停直播;
 * Order 117 Art. 13: 警示、限制流量、暂停直播), proportionately: a signal of grade G may only lead to a measure
 * the {@link ProportionalityTable} permits for G and the profile lists as a live intervention. A proposal
 * heavier than that is capped at the heaviest permitted measure lighter than it; without a proposal the
 * grade's default is the mildest measure it unlocks beyond the lighter grades (else its heaviest permitted).
 * Heavier disposal (suspension, closure, blacklist) needs due process and is never taken here.
 *
 * <p>Every measure taken is recorded: in the {@link ComplianceRecordStore} (which feeds {@code measures12m}
 * for tiering), as a {@link ComplianceEvent.MeasureTaken} event, and in the ledger if one is configured.
 * A model that throws makes the room REVIEW with no measure and a {@link ComplianceEvent.ComponentFailed}
 * event (fail closed). Thread-safe if the model, store and ledger are.
 */
public final class RiskResponder {

  private final RegulationProfile profile;
  private final ProportionalityTable table;
  private final RiskModel model;
  private final ComplianceRecordStore records;
  private final @Nullable EvidenceLedger ledger;
  private final Environment environment;
  private final PlatformParameters parameters;
  private final List<Measure> live;
  private final Map<ViolationGrade, @Nullable Measure> defaults;
  private final ArticleRef riskArticle;
  private final ArticleRef recordArticle;

  private RiskResponder(Builder b, RegulationProfile profile, ProportionalityTable table, RiskModel model) {
    this.profile = profile;
    this.table = table;
    this.model = model;
    this.records = b.records;
    this.ledger = b.ledger;
    this.environment = b.environment;
    this.parameters = b.parameters;
    this.live = profile.liveInterventions().measures();
    this.riskArticle = profile.requireArticle(Obligation.RISK_MONITORING);
    this.recordArticle = profile.article(Obligation.MEASURE_RECORDS).orElse(riskArticle);
    this.defaults = new EnumMap<>(ViolationGrade.class);
    List<Measure> lighter = List.of();
    for (ViolationGrade g : ViolationGrade.values()) {
      List<Measure> permitted = permitted(g);
      Measure d = null;
      for (Measure m : permitted) {
        if (!lighter.contains(m)) {
          d = m;
          break;
        }
      }
      if (d == null && !permitted.isEmpty()) d = permitted.get(permitted.size() - 1);
      defaults.put(g, d);
      lighter = permitted;
    }
  }

  /** Starts configuring a responder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The live interventions {@code grade} permits, mildest first. */
  public List<Measure> permitted(ViolationGrade grade) {
    var out = new ArrayList<Measure>();
    for (Measure m : live) {
      if (table.permits(grade, m)) out.add(m);
    }
    return List.copyOf(out);
  }

  /** Decides one signal without taking or recording anything. */
  public MeasureDecision decide(RiskSignal signal) {
    List<Measure> permitted = permitted(signal.grade());
    Measure proposed = signal.proposed();
    if (proposed == null) {
      Measure d = defaults.get(signal.grade());
      return d == null ? review(signal) : new MeasureDecision(signal, MeasureOutcome.TAKEN, d, riskArticle);
    }
    if (permitted.contains(proposed)) return new MeasureDecision(signal, MeasureOutcome.TAKEN, proposed, riskArticle);
    // heavier than permitted (or not a live intervention): the heaviest permitted measure lighter than it
    Measure capped = null;
    for (Measure m : permitted) {
      if (m.compareTo(proposed) < 0) capped = m;
    }
    return capped == null ? review(signal) : new MeasureDecision(signal, MeasureOutcome.CAPPED, capped, riskArticle);
  }

  private MeasureDecision review(RiskSignal signal) {
    return new MeasureDecision(signal, MeasureOutcome.REVIEW, null, riskArticle);
  }

  /** Asks the model about {@code context}, decides each signal, and takes and records the measures. */
  public RiskResponse respond(RiskContext context) {
    Objects.requireNonNull(context, "context");
    String room = context.room().value();
    List<RiskSignal> signals;
    try {
      signals = model.assess(context);
      if (signals == null) throw new IllegalStateException("a risk model returned null");
      signals = List.copyOf(signals); // also rejects a null signal: a broken model, answered REVIEW below
    } catch (RuntimeException e) {
      environment.emit(new ComplianceEvent.ComponentFailed(environment.clock().instant(), profile.id(),
          "tiering.riskModel", e.getClass().getName()));
      return new RiskResponse(room, Outcome.REVIEW, List.of());
    }
    Outcome outcome = Outcome.ALLOW;
    var decisions = new ArrayList<MeasureDecision>(signals.size());
    for (RiskSignal s : signals) {
      MeasureDecision d = decide(s);
      decisions.add(d);
      if (d.measure() == null || !context.live()) {
        outcome = outcome.max(Outcome.REVIEW);
      } else {
        take(context, d);
        outcome = outcome.max(Outcome.DENY);
      }
    }
    return new RiskResponse(room, outcome, decisions);
  }

  private void take(RiskContext context, MeasureDecision d) {
    Instant now = environment.clock().instant();
    Measure m = Objects.requireNonNull(d.measure());
    records.record(new MeasureRecord(context.room().value(), m, d.signal().type(), now, profile.id(), recordArticle));
    environment.emit(new ComplianceEvent.MeasureTaken(now, profile.id(), context.room(), m,
        ComplianceEvent.MeasureAction.TAKEN, riskArticle));
    if (ledger != null) {
      var today = ChinaZone.today(environment.clock());
      ledger.append(new LedgerEntry(profile.id(), recordArticle, Subjects.room(context.room().value()),
          RecordType.of("RISK_MEASURE_TAKEN"),
          Map.of("measure", m.name(), "signal", d.signal().type(), "grade", d.signal().grade().name(),
              "outcome", d.outcome().name(), "basis", riskArticle.toString()),
          today.plus(parameters.get(TieringParameters.RECORD_RETENTION))));
    }
  }

  /**
   * {@code room} with {@code measures12m} raised to what the store recorded in the measure window: the
   * compliance record feeding tiering (draft Art. 13, Order 117 Art. 12 ¶3). The larger value wins, so a
   * platform that already counts measures is not double-counted.
   */
  public RoomMetrics withRecordedMeasures(RoomMetrics room) {
    Instant since = ChinaZone.today(environment.clock()).minus(parameters.get(TieringParameters.MEASURE_WINDOW))
        .atStartOfDay(ChinaZone.ZONE).toInstant();
    long recorded = records.measuresSince(room.roomId(), since);
    return recorded <= room.measures12m() ? room : room.toBuilder().measures12m(recorded).build();
  }

  /** Configures a {@link RiskResponder}; the model is required. Not thread-safe. */
  public static final class Builder {
    private @Nullable RegulationProfile profile;
    private @Nullable ProportionalityTable table;
    private @Nullable RiskModel model;
    private ComplianceRecordStore records = ComplianceRecordStore.inMemory();
    private @Nullable EvidenceLedger ledger;
    private Environment environment = Environment.defaults();
    private PlatformParameters parameters = PlatformParameters.defaults();

    private Builder() {}

    /** The profile; default {@link RegulationProfiles#defaultProfile()}. */
    public Builder profile(RegulationProfile p) { profile = Objects.requireNonNull(p, "profile"); return this; }
    /** The proportionality table; default {@link ProportionalityTable#defaults(RegulationProfile)}. */
    public Builder table(ProportionalityTable t) { table = Objects.requireNonNull(t, "table"); return this; }
    /** The platform's risk model (required). */
    public Builder model(RiskModel m) { model = Objects.requireNonNull(m, "model"); return this; }
    /** Where measures are recorded; default in memory. */
    public Builder records(ComplianceRecordStore s) { records = Objects.requireNonNull(s, "records"); return this; }
    /** A ledger to record measures in; default none. */
    public Builder ledger(EvidenceLedger l) { ledger = Objects.requireNonNull(l, "ledger"); return this; }
    /** The environment; default {@link Environment#defaults()}. */
    public Builder environment(Environment e) { environment = Objects.requireNonNull(e, "environment"); return this; }
    /** Platform parameters; default {@link PlatformParameters#defaults()}. */
    public Builder parameters(PlatformParameters p) { parameters = Objects.requireNonNull(p, "parameters"); return this; }

    /**
     * Builds the responder.
     *
     * @throws IllegalStateException without a model
     * @throws IllegalArgumentException if the table was made for another profile
     */
    public RiskResponder build() {
      if (model == null) throw new IllegalStateException("a risk model is required");
      RegulationProfile p = profile != null ? profile : RegulationProfiles.defaultProfile();
      ProportionalityTable t = table != null ? table : ProportionalityTable.defaults(p);
      if (!t.profile().equals(p.id())) throw new IllegalArgumentException("the table is for " + t.profile());
      return new RiskResponder(this, p, t, model);
    }
  }
}
