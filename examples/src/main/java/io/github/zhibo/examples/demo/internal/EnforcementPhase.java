package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProportionalityTable;
import io.github.zhibo.core.regulation.ReportingRule;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Violations become measures (处置措施) and measures become regulator reports. Besides the page checks'
 * violations, a few lives draw complaints of false promotion or missing product information. The measure
 * is chosen on the profile's ladder among those core's {@link ProportionalityTable#defaults} permits for
 * the grade, one step heavier for each earlier violation in 90 days; the blacklist is reserved for grave
 * cases and third repeats. A measure the profile says to report is reported within
 * {@link CoreParameters#TIMELY_REPORT_WORKING_DAYS} working days (及时) — most are, some are late.
 */
public final class EnforcementPhase implements Phase {
  /** Days a temporary or fixed-term suspension lasts in the demo (platform choice). */
  public static final Parameter<Integer> SUSPENSION_DAYS = Parameter.of("demo.suspensionDays", Integer.class, 14,
      v -> v > 0, "days a suspension of live streaming lasts in the demo");

  /** One regulator report of a measure, for {@code measure-reports.csv}. */
  record Report(String reportId, LocalDate measureOn, LocalDate dueOn, LocalDate filedOn, String subject,
      Measure measure, ViolationGrade grade, ArticleRef violated, String recipients, ArticleRef duty) {}

  final List<Report> reports = new ArrayList<>();
  private ProportionalityTable table;

  @Override
  public String name() {
    return "enforcement";
  }

  @Override
  public void day(Sim sim, LocalDate day) {
    if (table == null) {
      table = ProportionalityTable.defaults(sim.profile);
    }
    for (SimParty op : sim.livesToday) {
      if (sim.chance(0.012)) {
        Obligation o = sim.chance(0.6) ? Obligation.NO_FALSE_PROMOTION : Obligation.PRODUCT_INFORMATION;
        if (!sim.profile.imposes(o)) {
          continue;
        }
        double u = sim.random.nextDouble();
        ViolationGrade g = u < 0.55 ? ViolationGrade.GENERAL : u < 0.9 ? ViolationGrade.SERIOUS : ViolationGrade.GRAVE;
        SimParty subject = sim.chance(0.5) && !op.marketers.isEmpty()
            ? op.marketers.get(sim.random.nextInt(op.marketers.size())) : op;
        sim.tally.finding(sim.article(o));
        sim.violations.add(new Violation(subject, o, g, day, "complaint"));
      }
    }
    Violation v;
    while ((v = sim.violations.poll()) != null) {
      dispose(sim, v, day);
    }
  }

  private void dispose(Sim sim, Violation v, LocalDate day) {
    SimParty s = v.subject();
    int earlier = s.violationsSince(day.minusDays(90));
    s.violations.add(day);
    Measure m = choose(sim, v.grade(), earlier);
    if (!table.permits(v.grade(), m)) {
      throw new IllegalStateException("chose a measure the proportionality table does not permit");
    }
    sim.tally.performed(Obligation.DISPOSAL_SYSTEM);
    sim.tally.measure(m);
    sim.evidence(Obligation.DISPOSAL_SYSTEM, s.id, "MEASURE_TAKEN", Map.of("measure", m.name(),
        "grade", v.grade().name(), "violated", sim.article(v.obligation()).toString(), "source", v.source()), null, day);
    sim.environment.emit(new ComplianceEvent.MeasureTaken(sim.clock.instant(), sim.profile.id(), s.id, m,
        ComplianceEvent.MeasureAction.TAKEN, sim.article(Obligation.DISPOSAL_SYSTEM)));
    switch (m) {
      case TEMPORARY_SUSPENSION, FIXED_TERM_SUSPENSION, SERVICE_SUSPENSION, PAUSE_LIVE ->
          s.suspendedUntil = day.plusDays(m == Measure.PAUSE_LIVE ? 1 : sim.parameters.get(SUSPENSION_DAYS));
      case ACCOUNT_CLOSURE, REREGISTRATION_BAN -> s.active = false;
      case BLACKLIST -> sim.toBlacklist.add(v);
      default -> { }
    }
    ReportingRule rule = sim.profile.reportingFor(m);
    if (rule.reportable()) {
      report(sim, s, v, m, rule, day);
    }
  }

  private Measure choose(Sim sim, ViolationGrade grade, int earlier) {
    List<Measure> ladder = new ArrayList<>();
    for (Measure m : sim.profile.disposalMeasures().measures()) {
      if (table.permits(grade, m)) {
        ladder.add(m);
      }
    }
    if (ladder.isEmpty()) {
      ladder = sim.profile.measures().stream().filter(m -> table.permits(grade, m)).collect(Collectors.toList());
    }
    int i = grade == ViolationGrade.GRAVE ? ladder.size() - 1 : Math.min(earlier, ladder.size() - 1);
    if (ladder.get(i) == Measure.BLACKLIST && grade != ViolationGrade.GRAVE && earlier < 2 && i > 0) {
      i--;
    }
    return ladder.get(i);
  }

  private void report(Sim sim, SimParty s, Violation v, Measure m, ReportingRule rule, LocalDate day) {
    Obligation duty = sim.profile.imposes(Obligation.MEASURE_REPORTING) ? Obligation.MEASURE_REPORTING
        : Obligation.DISPOSAL_SYSTEM;
    LocalDate due = sim.calendar.addWorkingDays(day, sim.parameters.get(CoreParameters.TIMELY_REPORT_WORKING_DAYS));
    int delay = sim.chance(0.88) ? 1 + sim.random.nextInt(3) : 4 + sim.random.nextInt(6);
    LocalDate filed = sim.calendar.addWorkingDays(day, delay);
    String kind = "measure report to regulator";
    sim.tally.deadline(kind, duty).open++;
    String recipients = rule.recipients().stream()
        .map(r -> r.authority().name() + " (" + r.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
        .sorted().collect(Collectors.joining(" + "));
    sim.at(filed, () -> {
      sim.tally.deadline(kind, duty).open--;
      sim.tally.deadline(kind, duty, !filed.isAfter(due), filed);
      sim.tally.regulatorReports++;
      sim.tally.performed(duty);
      String id = "MR-" + (reports.size() + 1);
      reports.add(new Report(id, day, due, filed, s.id.value(), m, v.grade(), sim.article(v.obligation()),
          recipients, rule.source()));
      sim.evidence(duty, s.id, "MEASURE_REPORTED", Map.of("report", id, "measure", m.name(),
          "dueOn", due.toString()), null, filed);
    });
  }
}
