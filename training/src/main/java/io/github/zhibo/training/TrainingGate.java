package io.github.zhibo.training;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The training gatekeeper (培训门槛) of Art. 10 ¶1 of either text, as a core {@link Check} on one
 * marketer's {@link TrainingRecord}, decided as of {@code context.today()}:
 *
 * <ul>
 *   <li><b>Not yet live</b> (no first live, or a first-live day after the day checked): every module of
 *       the profile's {@link Curriculum} needs a passed completion on or before that day, else
 *       {@code TRAINING.FIRST_LIVE_INCOMPLETE} listing the missing modules.
 *   <li><b>Gone live</b> (first live on or before the day checked): a passed completion of a curriculum
 *       module inside the current {@link TrainingYear} ({@link TrainingParameters#TRAINING_YEAR}), else
 *       {@code TRAINING.YEARLY_MISSING}.
 *   <li>An unresolved {@code CHEATING} or {@code REFUSED} flag: {@code TRAINING.CHEATING} /
 *       {@code TRAINING.REFUSED}, whatever the completions.
 * </ul>
 *
 * Every finding is a {@code VIOLATION} citing {@link Obligation#MARKETER_TRAINING} through the context's
 * profile (e.g. {@code ORDER_117 Art. 10(1)}), so any of them denies; the training findings come first,
 * then the flags. Completions dated after the day checked and failed completions count for nothing.
 * Completions of modules outside the profile's curriculum (another text's modules, a platform's extra
 * courses) are ignored rather than sent to review: they neither help nor harm, so the same records can be
 * checked under both profiles.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrainingGate implements Check<TrainingRecord> {

  private final Curricula curricula;
  private final Environment environment;

  private TrainingGate(Builder b) {
    this.curricula = b.curricula;
    this.environment = b.environment;
  }

  /** A gate with the bundled curricula and the default environment. */
  public static TrainingGate create() {
    return builder().build();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Decision check(TrainingRecord record, CheckContext context) {
    return assess(record, context).decision();
  }

  @Override
  public String name() {
    return "training";
  }

  /** The decision with the missing modules and the training year applied. */
  public TrainingAssessment assess(TrainingRecord record, CheckContext context) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(context, "context");
    LocalDate asOf = context.today();
    TrainingYear year = context.parameter(TrainingParameters.TRAINING_YEAR);
    Curriculum curriculum = curricula.forProfile(context.profile());
    var findings = new ArrayList<Finding>(2);
    boolean goneLive = record.hadGoneLiveBy(asOf);
    List<ModuleId> missing = List.of();
    if (goneLive) {
      yearlyFinding(record, curriculum, year, asOf, context).ifPresent(findings::add);
    } else {
      missing = missing(record, curriculum, asOf);
      if (!missing.isEmpty()) {
        findings.add(context.finding(TrainingRules.FIRST_LIVE_INCOMPLETE, Obligation.MARKETER_TRAINING,
                Severity.VIOLATION, "training.firstLiveIncomplete")
            .evidence(missingEvidence(missing, curriculum))
            .build());
      }
    }
    findings.addAll(flagFindings(record, asOf, context));
    Decision decision = Decision.fromFindings(context.profileId(), findings);
    for (Finding f : findings) {
      environment.emit(new ComplianceEvent.FindingMade(context.clock().instant(), context.profileId(),
          Optional.of(record.marketer()), f));
    }
    return new TrainingAssessment(decision, goneLive, missing, asOf, year);
  }

  /**
   * This gate over several marketers whose records the platform keeps in {@code source}: one decision with
   * every marketer's findings, each placed at {@code marketers[i]}. A marketer without a record is treated
   * as untrained and new ({@link TrainingRecord#none}); a source that throws yields {@code REVIEW} with
   * {@code TRAINING.RECORD_UNAVAILABLE} for that marketer, never {@code ALLOW}.
   */
  public Check<List<PartyId>> forMarketers(TrainingRecordSource source) {
    return new MarketersCheck(this, Objects.requireNonNull(source, "source"));
  }

  private static List<ModuleId> missing(TrainingRecord record, Curriculum curriculum, LocalDate asOf) {
    var out = new ArrayList<ModuleId>();
    for (ModuleId m : curriculum.modules()) {
      boolean passed = record.completions().stream().anyMatch(c -> c.module().equals(m) && c.passedBy(asOf));
      if (!passed) {
        out.add(m);
      }
    }
    return out;
  }

  private static Optional<Finding> yearlyFinding(TrainingRecord record, Curriculum curriculum, TrainingYear year,
      LocalDate asOf, CheckContext context) {
    Optional<LocalDate> lastPassed = record.completions().stream()
        .filter(c -> curriculum.contains(c.module()) && c.passedBy(asOf))
        .map(Completion::completedOn)
        .max(LocalDate::compareTo);
    if (lastPassed.isPresent() && year.covers(lastPassed.get(), asOf)) {
      return Optional.empty();
    }
    var evidence = Evidence.builder()
        .put("trainingYear", year)
        .put("yearStart", year.firstDay(asOf));
    record.firstLiveOn().ifPresent(d -> evidence.put("firstLiveOn", d));
    lastPassed.ifPresent(d -> evidence.put("lastPassedOn", d));
    return Optional.of(context.finding(TrainingRules.YEARLY_MISSING, Obligation.MARKETER_TRAINING,
        Severity.VIOLATION, "training.yearlyMissing").evidence(evidence.build()).build());
  }

  private static List<Finding> flagFindings(TrainingRecord record, LocalDate asOf, CheckContext context) {
    // one finding per kind of flag, in enum order, citing the first active flag's reason
    Map<IntegrityFlag, RaisedFlag> active = new EnumMap<>(IntegrityFlag.class);
    for (RaisedFlag f : record.flags()) {
      if (f.activeOn(asOf)) {
        active.putIfAbsent(f.flag(), f);
      }
    }
    var out = new ArrayList<Finding>(active.size());
    for (RaisedFlag f : active.values()) {
      var evidence = Evidence.builder()
          .put("flag", f.flag())
          .put("reason", EvidenceValue.code(f.reason()));
      f.raisedOn().ifPresent(d -> evidence.put("raisedOn", d));
      String key = f.flag() == IntegrityFlag.CHEATING ? "training.cheating" : "training.refused";
      out.add(context.finding(TrainingRules.of(f.flag()), Obligation.MARKETER_TRAINING, Severity.VIOLATION, key)
          .evidence(evidence.build())
          .build());
    }
    return out;
  }

  private static Evidence missingEvidence(List<ModuleId> missing, Curriculum curriculum) {
    var evidence = Evidence.builder()
        .put("missingCount", missing.size())
        .put("requiredCount", curriculum.modules().size());
    String joined = missing.stream().map(ModuleId::value).collect(Collectors.joining(":"));
    if (joined.length() <= 128) {
      evidence.put("missing", EvidenceValue.code(joined));
    }
    return evidence.build();
  }

  @Override
  public String toString() {
    return "TrainingGate[" + curricula + "]";
  }

  /** Configures a {@link TrainingGate}. Not thread-safe. */
  public static final class Builder {
    private Curricula curricula = Curricula.bundled();
    private Environment environment = Environment.defaults();

    private Builder() {}

    /** The curricula to require; the bundled ones by default. */
    public Builder curricula(Curricula curricula) {
      this.curricula = Objects.requireNonNull(curricula, "curricula");
      return this;
    }

    /** Where findings are emitted as events; {@link Environment#defaults()} by default. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The gate. */
    public TrainingGate build() {
      return new TrainingGate(this);
    }
  }
}
