package io.github.zhibo.core.regulation;

import java.util.Objects;
import java.util.Set;

/**
 * Whom the platform must report a measure to once it has taken it. An empty recipient set means the text
 * requires no report for that measure.
 *
 * @param measure the measure taken
 * @param recipients the authorities to report to
 * @param source the article (paragraph) that requires the report, or that lists the reported measures
 */
public record ReportingRule(Measure measure, Set<Recipient> recipients, ArticleRef source) {

  public ReportingRule {
    Objects.requireNonNull(measure, "measure");
    recipients = Set.copyOf(recipients);
    Objects.requireNonNull(source, "source");
  }

  /** Whether the measure must be reported at all. */
  public boolean reportable() {
    return !recipients.isEmpty();
  }
}
