package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.util.Optional;

/**
 * Resolves the workflow's {@link Duty}s through the profile: each is an {@link Obligation} of core's
 * catalogue, except prompt lifting, which the profile's unreachable-party rule states. A derived profile
 * resolves exactly as its base.
 */
final class Duties {

  private Duties() {}

  /** The article of {@code profile}'s text that imposes {@code duty}, or empty where the text has none. */
  static Optional<ArticleRef> article(RegulationProfile profile, Duty duty) {
    switch (duty) {
      case REMEDY_ROUTE:
        return profile.article(Obligation.REMEDY_ROUTE);
      case CONSUMER_ORDER_ARRANGEMENTS:
        return profile.article(Obligation.CONSUMER_ORDER_ARRANGEMENTS);
      case REFUSED_INTERVIEW_REPORT:
        return profile.article(Obligation.INTERVIEW_REFUSAL_REPORT);
      case UNREACHABLE_PARTY_MEASURE:
        return profile.article(Obligation.UNREACHABLE_PARTY_MEASURE);
      default:
        var rule = profile.unreachableParties();
        return rule.liftPromptlyOnVerifiedUpdate() ? Optional.of(rule.liftSource()) : Optional.empty();
    }
  }
}
