package io.github.zhibo.training;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.training.internal.CurriculumData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The yearly study duty of Art. 10 ¶2 ({@link Obligation#YEARLY_STUDY}): the platform organises study of
 * e-commerce and network-transaction law every year for marketer agencies (both texts) and, under Order
 * 117, for live-room operators too. Which roles a text covers is bundled data
 * ({@code curricula.properties}). A covered party with no attendance in the current
 * {@link TrainingYear} gets {@code TRAINING.YEARLY_STUDY_MISSING}, a {@code WARNING}: the duty is the
 * platform's to organise, not a ground in the text to refuse the party service, so a person decides.
 * A role the text does not cover is allowed.
 *
 * <p>Immutable and thread-safe.
 */
public final class YearlyStudyCheck implements Check<StudyRecord> {

  private static final Map<LegalText, Set<PartyRole>> ROLES = CurriculumData.yearlyStudyRoles();
  private static final YearlyStudyCheck INSTANCE = new YearlyStudyCheck();

  private YearlyStudyCheck() {}

  /** The check. */
  public static YearlyStudyCheck create() {
    return INSTANCE;
  }

  /** The roles that owe yearly study under {@code profile}'s text. */
  public static Set<PartyRole> coveredRoles(RegulationProfile profile) {
    return ROLES.get(Objects.requireNonNull(profile, "profile").text());
  }

  @Override
  public Decision check(StudyRecord record, CheckContext context) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(context, "context");
    if (!context.profile().imposes(Obligation.YEARLY_STUDY) || !coveredRoles(context.profile()).contains(record.role())) {
      return context.allow();
    }
    LocalDate asOf = context.today();
    TrainingYear year = context.parameter(TrainingParameters.TRAINING_YEAR);
    if (record.attendedOn().stream().anyMatch(d -> year.covers(d, asOf))) {
      return context.allow();
    }
    Finding f = context.finding(TrainingRules.YEARLY_STUDY_MISSING, Obligation.YEARLY_STUDY, Severity.WARNING,
            "training.yearlyStudyMissing")
        .evidence(Evidence.builder().put("role", record.role()).put("trainingYear", year)
            .put("yearStart", year.firstDay(asOf)).build())
        .build();
    return Decision.fromFindings(context.profileId(), List.of(f));
  }

  @Override
  public String name() {
    return "training.yearlyStudy";
  }
}
