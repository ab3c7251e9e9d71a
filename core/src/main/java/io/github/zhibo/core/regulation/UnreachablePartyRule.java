package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the platform does about parties the regulator cannot reach (draft Art. 15: 平台内异常经营者; Order 117
 * Art. 22: room operators and marketers unreachable at their address): remind within the profile's working
 * days ({@link RegulationProfile#unreachablePartyReminder()}), then act, then lift.
 *
 * <p>The texts differ in substance, not only in numbers: the draft <em>may</em> act (可以) on a broader
 * trigger (不在注册地经营且无法取得联系、被列入经营异常名录等负面情形; also 不配合调查) with two measures it names
 * outside the disposal ladder (暂停服务, 在其经营页面标注警示信息), and leaves lifting to the party's request;
 * Order 117 <em>shall</em> act (应当) under its platform rules with any disposal measure, keep records, and lift
 * promptly (及时解除) once the update is verified (Art. 22 ¶4).
 *
 * @param parties whom the duty concerns
 * @param triggers what the regulator's notice reports
 * @param escalatesWhen what after the reminder leads to a measure
 * @param measureMandatory whether the platform must act (应当) or only may (可以)
 * @param namedMeasures the measures the text names for this case; empty when it leaves the choice to the
 *     platform rules
 * @param anyDisposalMeasure whether any measure of the disposal ladder may be taken
 * @param recordsRequired whether the platform must keep records of the measures (保存有关记录)
 * @param liftPromptlyOnVerifiedUpdate whether the platform must lift promptly once an update is verified
 * @param measureSource the paragraph that sets the measure
 * @param liftSource the paragraph about lifting
 */
public record UnreachablePartyRule(Set<PartyRole> parties, Set<Trigger> triggers, Set<Escalation> escalatesWhen,
    boolean measureMandatory, List<Measure> namedMeasures, boolean anyDisposalMeasure, boolean recordsRequired,
    boolean liftPromptlyOnVerifiedUpdate, ArticleRef measureSource, ArticleRef liftSource) {

  /** What the regulator found. */
  public enum Trigger {
    /** 通过实际经营地址、经常居住地址无法联系 / 不在注册地经营且无法取得联系. */
    UNREACHABLE_AT_ADDRESS,
    /** 被市场监督管理部门列入经营异常名录 (draft only). */
    ABNORMAL_OPERATION_LIST,
    /** 等负面情形: the draft's open list of other negative circumstances. */
    OTHER_NEGATIVE_CIRCUMSTANCE
  }

  /** What after the reminder leads to a measure. */
  public enum Escalation {
    /** 仍不及时更新相关信息. */
    NOT_UPDATED,
    /** 不配合市场监督管理部门开展调查 (draft only). */
    NOT_COOPERATING
  }

  /** Validates the parts. */
  public UnreachablePartyRule {
    parties = Set.copyOf(parties);
    triggers = Set.copyOf(triggers);
    escalatesWhen = Set.copyOf(escalatesWhen);
    namedMeasures = List.copyOf(namedMeasures);
    Objects.requireNonNull(measureSource, "measureSource");
    Objects.requireNonNull(liftSource, "liftSource");
    if (parties.isEmpty() || triggers.isEmpty() || escalatesWhen.isEmpty()) {
      throw new IllegalArgumentException("an unreachable-party rule needs parties, triggers and escalations");
    }
    if (namedMeasures.isEmpty() && !anyDisposalMeasure) {
      throw new IllegalArgumentException("an unreachable-party rule needs named measures or the disposal ladder");
    }
  }

  /** Whether {@code measure} may be taken under this rule, given the profile's ladder. */
  public boolean allows(Measure measure, List<Measure> ladder) {
    return namedMeasures.contains(measure) || (anyDisposalMeasure && ladder.contains(measure));
  }
}
