package io.github.zhibo.training;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agency's side of training ({@link Obligation#AGENCY_MARKETER_MANAGEMENT}: draft Art. 31(1), Order
 * 117 Art. 41(1)): every marketer on an agency's roster has attended one of the agency's own training
 * sessions in the current {@link TrainingYear}. A marketer without one gets
 * {@code TRAINING.AGENCY_MARKETER_UNTRAINED} at {@code marketers[i]}, a {@code WARNING}: the texts set the
 * duty but no frequency, so the training year is the platform's reading and a person decides.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyTrainingCheck implements Check<AgencyRoster> {

  /** The rule of a marketer the agency has not trained this training year. */
  public static final String RULE = "TRAINING.AGENCY_MARKETER_UNTRAINED";

  private static final AgencyTrainingCheck INSTANCE = new AgencyTrainingCheck();

  private AgencyTrainingCheck() {}

  /** The check. */
  public static AgencyTrainingCheck create() {
    return INSTANCE;
  }

  @Override
  public Decision check(AgencyRoster roster, CheckContext context) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(context, "context");
    if (!context.profile().imposes(Obligation.AGENCY_MARKETER_MANAGEMENT)) {
      return context.allow();
    }
    LocalDate asOf = context.today();
    TrainingYear year = context.parameter(TrainingParameters.TRAINING_YEAR);
    var findings = new ArrayList<Finding>();
    int i = 0;
    for (Map.Entry<PartyId, List<LocalDate>> e : roster.sessions().entrySet()) {
      if (e.getValue().stream().noneMatch(d -> year.covers(d, asOf))) {
        findings.add(context.finding(RULE, Obligation.AGENCY_MARKETER_MANAGEMENT, Severity.WARNING,
                "training.agencyMarketerUntrained")
            .evidence(Evidence.builder().put("trainingYear", year).put("yearStart", year.firstDay(asOf)).build())
            .path("marketers[" + i + "]")
            .build());
      }
      i++;
    }
    return Decision.fromFindings(context.profileId(), findings);
  }

  @Override
  public String name() {
    return "training.agency";
  }
}
