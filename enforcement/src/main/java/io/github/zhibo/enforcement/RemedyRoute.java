package io.github.zhibo.enforcement;

import java.util.Objects;

/**
 * The remedy (救济途径) a measure's subject has against it, as the platform rules define it (Order 117 Art. 12 ¶1
 * requires the rules to state one for every measure; for a blacklisting Art. 14 ¶2 also requires the appeal route
 * in the notice). Kept as references, not text: the rule and the channel are platform documents.
 *
 * @param channel how the subject complains
 * @param ruleRef the platform-rule clause that sets the route, {@code [A-Za-z0-9._:-]{1,64}}, e.g. {@code rules-v7:12.3}
 * @param appealWindowDays calendar days the subject has to appeal, 1-365
 */
public record RemedyRoute(Channel channel, String ruleRef, int appealWindowDays) {

  private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** The channel an appeal goes through. */
  public enum Channel {
    /** An appeal (申诉) inside the platform, reviewed by people other than those who decided. */
    PLATFORM_APPEAL,
    /** A review (复核) by a platform committee. */
    PLATFORM_REVIEW_COMMITTEE,
    /** A complaint to the competent authority (投诉举报); listed so a notice can name it next to the platform's own route. */
    AUTHORITY_COMPLAINT
  }

  /** Validates the parts. */
  public RemedyRoute {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ruleRef, "ruleRef");
    if (!REF.matcher(ruleRef).matches()) {
      throw new IllegalArgumentException("a rule reference is 1-64 characters of [A-Za-z0-9._:-]");
    }
    if (appealWindowDays < 1 || appealWindowDays > 365) {
      throw new IllegalArgumentException("an appeal window is 1-365 days: " + appealWindowDays);
    }
  }
}
