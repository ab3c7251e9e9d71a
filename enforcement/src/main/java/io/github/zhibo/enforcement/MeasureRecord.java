package io.github.zhibo.enforcement;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure taken, as the workflow knows it now. Every change (taken, appealed, lift requested, lifted) is also
 * a ledger record; this value is the current view. Holds no personal data.
 *
 * @param measureId the measure's id, {@code <caseRef>.<n>}
 * @param caseRef the case it disposes of
 * @param source what opened the case
 * @param subject on whom (opaque party id)
 * @param role the subject's role
 * @param grade the case's grade
 * @param measure which measure
 * @param termZh the text's own Chinese term for it (e.g. 限期停播)
 * @param term how long it lasts
 * @param legalBasis the article under which it was taken
 * @param remedy the remedy route stated to the subject
 * @param consumerOrders how affected consumer orders are handled
 * @param platformRuleRef the platform-rule clause applied
 * @param takenOn the day it was taken
 * @param status where it stands
 * @param appealFiledOn when an appeal was filed, if one was
 * @param liftRequestedOn when the subject asked for lifting after an update, if it did
 * @param liftedOn when it was lifted
 * @param liftReason why it was lifted
 */
public record MeasureRecord(String measureId, String caseRef, CaseSource source, PartyId subject, PartyRole role,
    ViolationGrade grade, Measure measure, String termZh, Term term, ArticleRef legalBasis,
    Optional<RemedyRoute> remedy, ConsumerOrders consumerOrders, Optional<String> platformRuleRef,
    LocalDate takenOn, MeasureStatus status, Optional<LocalDate> appealFiledOn, Optional<LocalDate> liftRequestedOn,
    Optional<LocalDate> liftedOn, Optional<LiftReason> liftReason) {

  /** Validates the parts; a lifted measure has a lift day and reason, any other has neither. */
  public MeasureRecord {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(termZh, "termZh");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(consumerOrders, "consumerOrders");
    Objects.requireNonNull(platformRuleRef, "platformRuleRef");
    Objects.requireNonNull(takenOn, "takenOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(appealFiledOn, "appealFiledOn");
    Objects.requireNonNull(liftRequestedOn, "liftRequestedOn");
    Objects.requireNonNull(liftedOn, "liftedOn");
    Objects.requireNonNull(liftReason, "liftReason");
    boolean lifted = status == MeasureStatus.LIFTED;
    if (lifted != liftedOn.isPresent() || lifted != liftReason.isPresent()) {
      throw new IllegalArgumentException("a lifted measure has a lift day and reason, and only a lifted one");
    }
  }

  /** Whether the measure binds the subject on {@code day}: taken by then, not lifted by then, within its term. */
  public boolean inForceOn(LocalDate day) {
    if (day.isBefore(takenOn) || !term.covers(day)) return false;
    return liftedOn.map(day::isBefore).orElse(true);
  }

  /** A copy in {@code status}, not lifted. */
  public MeasureRecord withStatus(MeasureStatus newStatus, Optional<LocalDate> appealOn, Optional<LocalDate> liftRequestOn) {
    if (newStatus == MeasureStatus.LIFTED) throw new IllegalArgumentException("use lifted(...) to lift");
    return new MeasureRecord(measureId, caseRef, source, subject, role, grade, measure, termZh, term, legalBasis,
        remedy, consumerOrders, platformRuleRef, takenOn, newStatus, appealOn, liftRequestOn, Optional.empty(),
        Optional.empty());
  }

  /** A copy lifted on {@code on} for {@code reason}. */
  public MeasureRecord lifted(LocalDate on, LiftReason reason) {
    return new MeasureRecord(measureId, caseRef, source, subject, role, grade, measure, termZh, term, legalBasis,
        remedy, consumerOrders, platformRuleRef, takenOn, MeasureStatus.LIFTED, appealFiledOn, liftRequestedOn,
        Optional.of(on), Optional.of(reason));
  }
}
