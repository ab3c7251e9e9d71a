package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A penalty provision (法律责任) and the obligations it sanctions. Either it states its own fine range,
 * or it refers to another law ({@link #referrals()}), or both (a fallback fine where that law is silent).
 *
 * @param source the penalty article or paragraph
 * @param enforcers the authorities that impose it
 * @param offenders who can be penalised
 * @param obligations the obligations whose breach it sanctions, as the penalty article cites them
 * @param fines the fine ranges it states; empty when it only refers to other laws
 * @param condition when the fine applies; {@link Condition#NONE} exactly when {@code fines} is empty
 * @param referrals the other laws it refers to
 * @param otherRulesPrevail which other rules, where they provide for the case, take precedence over this
 *     penalty's own fine: laws and administrative regulations (法律、行政法规有规定的，依照其规定, Order 117 Art. 54),
 *     also departmental rules (法律、行政法规、部门规章, Order 117 Art. 66), or none
 * @param maySuspendServices whether the authority may also order related services suspended
 */
public record Penalty(
    ArticleRef source,
    Set<Authority> enforcers,
    Set<PartyRole> offenders,
    List<ArticleRef> obligations,
    List<FineRange> fines,
    Condition condition,
    List<Referral> referrals,
    PrevailingRules otherRulesPrevail,
    boolean maySuspendServices) {

  /** Which other rules take precedence over a penalty's own fine where they provide for the case. */
  public enum PrevailingRules {
    /** The penalty applies as stated (or only refers to another law). */
    NONE,
    /** 法律、行政法规有规定的，依照其规定: laws and administrative regulations. */
    LAWS_AND_ADMINISTRATIVE_REGULATIONS,
    /** 法律法规有规定的 (draft): laws and regulations, local regulations included by the wording. */
    LAWS_AND_REGULATIONS,
    /** 法律法规、其他市场监督管理部门规章 (draft Art. 56): also other SAMR departmental rules. */
    LAWS_REGULATIONS_AND_SAMR_RULES,
    /** 法律、行政法规、部门规章 (Order 117 Art. 66): also departmental rules of any ministry. */
    LAWS_REGULATIONS_AND_RULES
  }

  /** When a stated fine applies. */
  public enum Condition {
    /** No fine stated. */
    NONE,
    /** Order to correct; a fine may be imposed (可以处). */
    MAY_FINE,
    /** Order to correct and fine (责令限期改正，处…罚款). */
    MUST_FINE,
    /** Only if not corrected within the time limit (逾期不改正的). */
    IF_NOT_CORRECTED_IN_TIME,
    /** Only if the offender refuses to correct or the case is serious (拒不改正或者情节严重的). */
    IF_REFUSES_TO_CORRECT_OR_SERIOUS
  }

  public Penalty {
    Objects.requireNonNull(source, "source");
    enforcers = Set.copyOf(enforcers);
    offenders = Set.copyOf(offenders);
    obligations = List.copyOf(obligations);
    fines = List.copyOf(fines);
    Objects.requireNonNull(condition, "condition");
    referrals = List.copyOf(referrals);
    Objects.requireNonNull(otherRulesPrevail, "otherRulesPrevail");
    if (enforcers.isEmpty() || offenders.isEmpty() || obligations.isEmpty()) {
      throw new IllegalArgumentException(source + " needs enforcers, offenders and obligations");
    }
    if (fines.isEmpty() == (condition != Condition.NONE)) {
      throw new IllegalArgumentException(source + ": a condition goes with a fine and only with a fine");
    }
    if (fines.isEmpty() && referrals.isEmpty()) {
      throw new IllegalArgumentException(source + " states neither a fine nor a referral");
    }
    for (ArticleRef o : obligations) {
      if (o.text() != source.text()) {
        throw new IllegalArgumentException(source + " cites an obligation of another text: " + o);
      }
    }
  }

  /** The range for {@code offender}, falling back to the range for {@link FineRange.Offender#ANY}. */
  public Optional<FineRange> fine(FineRange.Offender offender) {
    return fines.stream().filter(f -> f.offender() == offender).findFirst()
        .or(() -> fines.stream().filter(f -> f.offender() == FineRange.Offender.ANY).findFirst());
  }

  /** Whether any other rules take precedence over this penalty's own fine. */
  public boolean otherLawsPrevail() {
    return otherRulesPrevail != PrevailingRules.NONE;
  }

  /** Whether this penalty sanctions a breach of {@code obligation} (or of a part of it, or of a whole it is part of). */
  public boolean covers(ArticleRef obligation) {
    return obligations.stream().anyMatch(o -> overlaps(o, obligation));
  }

  private static boolean overlaps(ArticleRef a, ArticleRef b) {
    if (a.text() != b.text() || a.article() != b.article()) return false;
    if (a.paragraph() == 0 || b.paragraph() == 0) return true;
    if (a.paragraph() != b.paragraph()) return false;
    return a.item() == 0 || b.item() == 0 || a.item() == b.item();
  }
}
