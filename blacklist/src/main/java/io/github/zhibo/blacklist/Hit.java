package io.github.zhibo.blacklist;

import java.util.List;
import java.util.Objects;

/**
 * One listed entry a query matched.
 *
 * @param entryId the entry's id
 * @param score in (0, 1]; blocking hits score ≥ 0.9, review hits in [0.5, 0.9)
 * @param verdict what this hit alone would decide ({@link Verdict#BLOCK} or {@link Verdict#REVIEW})
 * @param evidence the kinds of evidence that matched, strongest first
 */
public record Hit(String entryId, double score, Verdict verdict, List<EvidenceKind> evidence) {
  public Hit {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(verdict, "verdict");
    evidence = List.copyOf(evidence);
    if (!(score > 0 && score <= 1)) throw new IllegalArgumentException("score must be in (0, 1]");
    if (verdict == Verdict.CLEAR) throw new IllegalArgumentException("a hit blocks or reviews");
  }
}
