package io.github.zhibo.tiering;

import java.util.ArrayList;
import java.util.Objects;

/**
 * Runs a candidate policy beside the active one over the same rooms and reports which rooms would change
 * tier or key status (试运行), so a platform sees the effect of new thresholds before they take effect.
 * Nothing is activated or recorded here; record the run with {@link PolicyVersions}.
 *
 * <p>Streams: memory is bounded by the change limit, not the number of rooms. Immutable and thread-safe.
 */
public final class ShadowEvaluation {

  /** The default number of changed rooms a report lists. */
  public static final int DEFAULT_CHANGE_LIMIT = 10_000;

  private final TierClassifier active;
  private final TierClassifier candidate;
  private final int changeLimit;

  private ShadowEvaluation(TierClassifier active, TierClassifier candidate, int changeLimit) {
    this.active = active;
    this.candidate = candidate;
    this.changeLimit = changeLimit;
  }

  /**
   * Compares {@code candidate} to {@code active}.
   *
   * @throws IllegalArgumentException if they were built for different profiles
   */
  public static ShadowEvaluation of(TierClassifier active, TierClassifier candidate) {
    return of(active, candidate, DEFAULT_CHANGE_LIMIT);
  }

  /** As {@link #of(TierClassifier, TierClassifier)}, listing at most {@code changeLimit} changed rooms. */
  public static ShadowEvaluation of(TierClassifier active, TierClassifier candidate, int changeLimit) {
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(candidate, "candidate");
    if (changeLimit < 0) throw new IllegalArgumentException("changeLimit must be >= 0");
    if (!active.policy().profile().equals(candidate.policy().profile())) {
      throw new IllegalArgumentException("active and candidate policies are for different profiles");
    }
    return new ShadowEvaluation(active, candidate, changeLimit);
  }

  /** Classifies every room under both policies. */
  public ShadowReport run(Iterable<RoomMetrics> rooms) {
    long n = 0;
    long changed = 0;
    long raised = 0;
    long lowered = 0;
    long gained = 0;
    long lost = 0;
    var changes = new ArrayList<TierChange>();
    boolean truncated = false;
    for (RoomMetrics r : rooms) {
      n++;
      TierDecision a = active.classify(r);
      TierDecision c = candidate.classify(r);
      int cmp = c.tier().compareTo(a.tier());
      if (cmp > 0) raised++;
      if (cmp < 0) lowered++;
      if (c.keySubject() && !a.keySubject()) gained++;
      if (!c.keySubject() && a.keySubject()) lost++;
      if (cmp != 0 || c.keySubject() != a.keySubject()) {
        changed++;
        if (changes.size() < changeLimit) {
          changes.add(new TierChange(r.roomId(), a.tier(), c.tier(), a.keySubject(), c.keySubject()));
        } else {
          truncated = true;
        }
      }
    }
    TierPolicy ap = active.policy();
    TierPolicy cp = candidate.policy();
    return new ShadowReport(ap.ref(), ap.digest(), cp.ref(), cp.digest(), n, changed, raised, lowered, gained, lost,
        changes, truncated);
  }
}
