package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a text requires of the platform's blacklist (黑名单制度): who can be listed, and which lifecycle
 * features the text demands, each with the paragraph that demands it.
 *
 * @param subjects who may be blacklisted
 * @param features the features the text requires, each mapped to its paragraph
 * @param source the blacklist article
 */
public record BlacklistRules(Set<PartyRole> subjects, Map<Feature, ArticleRef> features, ArticleRef source) {

  /** Lifecycle features of a blacklist. */
  public enum Feature {
    /** Tell the subject the facts, reasons and legal basis (事实、理由和依据). */
    NOTICE_OF_GROUNDS,
    /** A definite term of listing (具体期限). */
    TERM,
    /** An appeal route, stated in the notice (申诉途径). */
    APPEAL_ROUTE,
    /** Review of an appeal and notice of its result (复核). */
    APPEAL_REVIEW,
    /** Prevent evasion by changing or re-registering accounts (or migrating them, in the draft). */
    EVASION_PREVENTION,
    /** Remove the subject and lift the related measures when the term expires (移出并同步解除). */
    EXPIRY_REMOVAL,
    /** Sharing between platforms is encouraged (鼓励共享). */
    SHARING_ENCOURAGED
  }

  public BlacklistRules {
    subjects = Set.copyOf(subjects);
    features = Map.copyOf(features);
    Objects.requireNonNull(source, "source");
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("a blacklist must cover someone");
    }
  }

  /** Whether the text requires {@code feature}. */
  public boolean requires(Feature feature) {
    return features.containsKey(feature);
  }
}
