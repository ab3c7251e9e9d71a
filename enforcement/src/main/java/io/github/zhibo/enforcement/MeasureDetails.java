package io.github.zhibo.enforcement;

import java.util.Objects;
import java.util.Optional;

/**
 * What the platform decides alongside the measure itself: its term, the remedy route, how affected orders are
 * handled, and the platform-rule clause it applies.
 *
 * @param term how long the measure lasts
 * @param remedy the remedy route stated to the subject; required where the text requires one
 * @param consumerOrders how affected consumer orders are handled
 * @param platformRuleRef the clause of the platform rules applied (服务协议和交易规则), a reference token, if any
 */
public record MeasureDetails(Term term, Optional<RemedyRoute> remedy, ConsumerOrders consumerOrders,
    Optional<String> platformRuleRef) {

  private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** Validates the parts. */
  public MeasureDetails {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(consumerOrders, "consumerOrders");
    Objects.requireNonNull(platformRuleRef, "platformRuleRef");
    platformRuleRef.ifPresent(r -> {
      if (!REF.matcher(r).matches()) {
        throw new IllegalArgumentException("a rule reference is 1-64 characters of [A-Za-z0-9._:-]");
      }
    });
  }

  /** Details with a remedy route and no affected orders. */
  public static MeasureDetails of(Term term, RemedyRoute remedy) {
    return new MeasureDetails(term, Optional.of(remedy), ConsumerOrders.none(), Optional.empty());
  }

  /** A copy with {@code orders}. */
  public MeasureDetails withConsumerOrders(ConsumerOrders orders) {
    return new MeasureDetails(term, remedy, orders, platformRuleRef);
  }

  /** A copy without a remedy route. */
  public MeasureDetails withoutRemedy() {
    return new MeasureDetails(term, Optional.empty(), consumerOrders, platformRuleRef);
  }

  /** A copy citing platform rule {@code ruleRef}. */
  public MeasureDetails withPlatformRule(String ruleRef) {
    return new MeasureDetails(term, remedy, consumerOrders, Optional.of(ruleRef));
  }
}
