package io.github.zhibo.core.regulation;

import java.util.Objects;
import java.util.Set;

/**
 * A report the platform owes the regulators outside the per-measure rules: the draft's Art. 45 ¶3 — after a
 * room operator or agency refuses an interview (拒不参加约谈) and the provincial SAMR copies the platform, the
 * platform reports its disposal (处置情况) to that province's SAMR and CAC, whatever the measure.
 *
 * @param recipients who receives it
 * @param source the paragraph that requires it
 */
public record ReportingDuty(Set<Recipient> recipients, ArticleRef source) {
  /** Validates the parts. */
  public ReportingDuty {
    recipients = Set.copyOf(recipients);
    Objects.requireNonNull(source, "source");
    if (recipients.isEmpty()) throw new IllegalArgumentException("a reporting duty needs recipients");
  }
}
