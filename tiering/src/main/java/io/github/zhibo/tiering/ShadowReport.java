package io.github.zhibo.tiering;

import java.util.List;
import java.util.Objects;

/**
 * What a candidate policy would change over a set of rooms, before it is activated. Counts cover every room;
 * {@link #changes()} lists the changed rooms in input order up to the evaluation's limit
 * ({@link #truncated()} says whether more changed). Immutable.
 *
 * @param activePolicy the active policy, {@code id@version}
 * @param activeDigest its digest
 * @param candidatePolicy the candidate, {@code id@version}
 * @param candidateDigest its digest
 * @param rooms rooms evaluated
 * @param changed rooms whose tier or key status would change
 * @param raised rooms whose tier would rise
 * @param lowered rooms whose tier would fall
 * @param keyGained rooms that would become key subjects
 * @param keyLost rooms that would stop being key subjects
 * @param changes the changed rooms, in input order, at most the limit
 * @param truncated whether changed rooms were left out of {@code changes}
 */
public record ShadowReport(String activePolicy, String activeDigest, String candidatePolicy, String candidateDigest,
    long rooms, long changed, long raised, long lowered, long keyGained, long keyLost, List<TierChange> changes, boolean truncated) {

  /** Validates and copies. */
  public ShadowReport {
    Objects.requireNonNull(activePolicy, "activePolicy");
    Objects.requireNonNull(activeDigest, "activeDigest");
    Objects.requireNonNull(candidatePolicy, "candidatePolicy");
    Objects.requireNonNull(candidateDigest, "candidateDigest");
    changes = List.copyOf(changes);
  }
}
