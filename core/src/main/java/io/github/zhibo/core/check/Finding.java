package io.github.zhibo.core.check;

import io.github.zhibo.core.check.internal.TextRules;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.ProfileId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a check found: which rule, under which profile and article (条款), how serious, a message key
 * for people, the structured evidence, and where in the input it is.
 *
 * <p>The article is optional only for operational findings that enforce no article — chiefly
 * {@code CHECK.FAILED}, which a composite check adds when a component could not decide. Legal findings
 * always name it. For the two bundled profiles the article must come from the profile's own text (an
 * {@code ORDER_117} finding cannot cite a {@code DRAFT_2025} article); a custom profile may cite either.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is safe to log: evidence holds no raw personal data.
 *
 * @param rule upper-case dotted rule id, e.g. {@code PRICE.DISCOUNT_RATE}
 * @param profile the profile the finding was made under
 * @param article the article enforced, if any
 * @param severity how serious the finding is
 * @param messageKey key into the message bundles, e.g. {@code price.discountRate}
 * @param evidence the facts, passed to the message as arguments
 * @param path the JSON path of the offending element, for checks over JSON input
 */
public record Finding(String rule, ProfileId profile, Optional<ArticleRef> article, Severity severity,
    String messageKey, Evidence evidence, Optional<JsonPath> path) {

  private static final Pattern RULE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}(?:\\.[A-Z][A-Z0-9_]{0,31}){1,3}");
  private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}(?:\\.[a-z][A-Za-z0-9]{0,39}){0,4}");

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(path, "path");
    if (!RULE.matcher(rule).matches()) {
      throw new IllegalArgumentException("a rule id is 2-4 dot-separated UPPER_SNAKE segments, e.g. "
          + "PRICE.DISCOUNT_RATE: " + rule);
    }
    if (!MESSAGE_KEY.matcher(messageKey).matches()) {
      throw new IllegalArgumentException("a message key is dot-separated lowerCamel segments, e.g. "
          + "price.discountRate: " + messageKey);
    }
    article.ifPresent(a -> TextRules.requireArticleOfProfile(profile, a));
  }

  /** Starts a finding for a rule that enforces {@code article}. */
  public static Builder builder(String rule, ProfileId profile, ArticleRef article, Severity severity,
      String messageKey) {
    return new Builder(rule, profile, Optional.of(article), severity, messageKey);
  }

  /** Starts an operational finding that enforces no article (for example a component failure). */
  public static Builder operational(String rule, ProfileId profile, Severity severity, String messageKey) {
    return new Builder(rule, profile, Optional.empty(), severity, messageKey);
  }

  /** Whether this finding alone fails a page check (DESIGN.md §5.2). */
  public boolean isViolation() {
    return severity == Severity.VIOLATION;
  }

  /** A copy located at {@code path}; page checks use it to place findings a sub-check made. */
  public Finding at(JsonPath path) {
    return new Finding(rule, profile, article, severity, messageKey, evidence, Optional.of(path));
  }

  @Override
  public String toString() {
    var sb = new StringBuilder(96).append("Finding[").append(rule).append(' ').append(severity)
        .append(' ').append(article.map(ArticleRef::toString).orElse(profile.value()));
    path.ifPresent(p -> sb.append(" at ").append(p));
    return sb.append(' ').append(messageKey).append(' ').append(evidence).append(']').toString();
  }

  /** Collects the optional parts of a finding. Not thread-safe. */
  public static final class Builder {
    private final String rule;
    private final ProfileId profile;
    private final Optional<ArticleRef> article;
    private final Severity severity;
    private final String messageKey;
    private Evidence evidence = Evidence.empty();
    private Optional<JsonPath> path = Optional.empty();

    private Builder(String rule, ProfileId profile, Optional<ArticleRef> article, Severity severity,
        String messageKey) {
      this.rule = rule;
      this.profile = profile;
      this.article = article;
      this.severity = severity;
      this.messageKey = messageKey;
    }

    /** The facts behind the finding; empty by default. */
    public Builder evidence(Evidence evidence) {
      this.evidence = Objects.requireNonNull(evidence, "evidence");
      return this;
    }

    /** Where in the JSON input the offending element is. */
    public Builder path(JsonPath path) {
      this.path = Optional.of(path);
      return this;
    }

    /** Shortcut for {@code path(JsonPath.of(path))}. */
    public Builder path(String path) {
      return path(JsonPath.of(path));
    }

    /**
     * @throws IllegalArgumentException if a part is malformed
     */
    public Finding build() {
      return new Finding(rule, profile, article, severity, messageKey, evidence, path);
    }
  }
}
