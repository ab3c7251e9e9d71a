package io.github.zhibo.enforcement;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Recipient;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One report a measure owes one authority: whom, under which article, by when ("timely" read as
 * {@link io.github.zhibo.core.param.CoreParameters#TIMELY_REPORT_WORKING_DAYS} working days after the measure),
 * and whether it was sent.
 *
 * @param reportId {@code <measureId>.<LEVEL>-<AUTHORITY>[-N]}
 * @param measureId the measure reported
 * @param caseRef its case
 * @param subject on whom (opaque party id)
 * @param measure which measure
 * @param recipient the authority and level
 * @param jurisdiction which province or county that authority belongs to
 * @param source the article that requires the report
 * @param takenOn the day the measure was taken
 * @param dueOn the last day to send it
 * @param sentOn when it was sent, if it was
 */
public record RegulatorReport(String reportId, String measureId, String caseRef, PartyId subject, Measure measure,
    Recipient recipient, Jurisdiction jurisdiction, ArticleRef source, LocalDate takenOn, LocalDate dueOn,
    Optional<LocalDate> sentOn) {

  /** Whose authority: the one where the platform is domiciled, or the province that copied the platform. */
  public enum Jurisdiction {
    /** 平台住所地: the authority of the platform's domicile (draft Art. 7 ¶2; Order 117 Art. 12 ¶3). */
    PLATFORM_DOMICILE,
    /** 该省: the province whose SAMR copied a refused interview to the platform (draft Art. 45 ¶3). */
    NOTIFYING_PROVINCE
  }

  /** Validates the parts. */
  public RegulatorReport {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(takenOn, "takenOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(sentOn, "sentOn");
    if (dueOn.isBefore(takenOn)) throw new IllegalArgumentException("a report cannot fall due before its measure");
  }

  /** Whether it was sent. */
  public boolean isSent() {
    return sentOn.isPresent();
  }

  /** Whether it is late on {@code today}: sent after its due day, or still unsent after it. */
  public boolean isLate(LocalDate today) {
    return sentOn.map(s -> s.isAfter(dueOn)).orElse(today.isAfter(dueOn));
  }

  /** A copy sent on {@code on}. */
  public RegulatorReport sent(LocalDate on) {
    return new RegulatorReport(reportId, measureId, caseRef, subject, measure, recipient, jurisdiction, source,
        takenOn, dueOn, Optional.of(on));
  }
}
