package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.util.Objects;

/**
 * Whether a party still not updated after the reminder must, or may, be subjected to a disposal measure:
 * mandatory in ORDER_117 (Art. 22 ¶3), optional in DRAFT_2025 (Art. 15 ¶2). Read from the profile's
 * unreachable-party rule, so a derived profile inherits its base text's rule.
 *
 * @param mandatory whether the measure must be taken
 * @param source the paragraph that says so
 */
public record MeasureDuty(boolean mandatory, ArticleRef source) {

  /** Validates the parts. */
  public MeasureDuty {
    Objects.requireNonNull(source, "source");
  }

  /** The rule of {@code profile}'s text. */
  public static MeasureDuty of(RegulationProfile profile) {
    var rule = Objects.requireNonNull(profile, "profile").unreachableParties();
    return new MeasureDuty(rule.measureMandatory(), rule.measureSource());
  }
}
