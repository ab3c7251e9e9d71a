package io.github.zhibo.training;

import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Raises integrity flags from the evidence a platform's training system records, so that 弄虚作假 and
 * 拒不参加培训 are detected rather than merely declared:
 *
 * <ul>
 *   <li>{@code CHEATING / IDENTITY_MISMATCH}: an identity check during a sitting did not match the
 *       registered marketer (someone else sat the module);
 *   <li>{@code CHEATING / IMPOSSIBLE_DURATION}: a sitting shorter than
 *       {@link TrainingParameters#MIN_MODULE_TIME};
 *   <li>{@code CHEATING / OVERLAPPING_SESSIONS}: two sittings at the same time (one person, two screens);
 *   <li>{@code REFUSED / DECLINED}: an invitation declined;
 *   <li>{@code REFUSED / NOT_ATTENDED}: an invitation whose due day (plus
 *       {@link TrainingParameters#REFUSAL_GRACE}) has passed with no passed completion of its module since
 *       it was sent.
 * </ul>
 *
 * Flags are raised on the day of the evidence (in China's zone) and are not resolved: resolving is a
 * person's decision ({@link RaisedFlag#resolve}).
 *
 * <p>Immutable and thread-safe.
 */
public final class IntegrityDetector {

  private final Duration minModuleTime;
  private final Period refusalGrace;

  private IntegrityDetector(PlatformParameters parameters) {
    this.minModuleTime = parameters.get(TrainingParameters.MIN_MODULE_TIME);
    this.refusalGrace = parameters.get(TrainingParameters.REFUSAL_GRACE);
  }

  /** A detector with the platform's thresholds. */
  public static IntegrityDetector of(PlatformParameters parameters) {
    return new IntegrityDetector(Objects.requireNonNull(parameters, "parameters"));
  }

  /** A detector with the default thresholds. */
  public static IntegrityDetector defaults() {
    return of(PlatformParameters.defaults());
  }

  /** The cheating flags the sittings show, earliest first. */
  public List<RaisedFlag> fromSessions(List<TrainingSession> sessions) {
    var sorted = new ArrayList<>(List.copyOf(sessions));
    sorted.sort(Comparator.comparing(TrainingSession::startedAt));
    var out = new ArrayList<RaisedFlag>();
    for (int i = 0; i < sorted.size(); i++) {
      TrainingSession s = sorted.get(i);
      LocalDate day = s.finishedAt().atZone(ChinaZone.ZONE).toLocalDate();
      if (s.identityMismatches() > 0) {
        out.add(RaisedFlag.raised(IntegrityFlag.CHEATING, "IDENTITY_MISMATCH", day));
      }
      if (s.duration().compareTo(minModuleTime) < 0) {
        out.add(RaisedFlag.raised(IntegrityFlag.CHEATING, "IMPOSSIBLE_DURATION", day));
      }
      if (i > 0 && s.overlaps(sorted.get(i - 1))) {
        out.add(RaisedFlag.raised(IntegrityFlag.CHEATING, "OVERLAPPING_SESSIONS", day));
      }
    }
    return out;
  }

  /** The refusal flags the invitations show as of {@code asOf}, given the marketer's completions. */
  public List<RaisedFlag> fromInvitations(List<TrainingInvitation> invitations, List<Completion> completions,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    var out = new ArrayList<RaisedFlag>();
    for (TrainingInvitation inv : List.copyOf(invitations)) {
      if (inv.invitedOn().isAfter(asOf)) {
        continue;
      }
      if (inv.declined()) {
        out.add(RaisedFlag.raised(IntegrityFlag.REFUSED, "DECLINED", inv.invitedOn()));
        continue;
      }
      LocalDate lapse = inv.dueOn().plus(refusalGrace).plusDays(1);
      boolean attended = completions.stream().anyMatch(c -> c.module().equals(inv.module()) && c.passed()
          && !c.completedOn().isBefore(inv.invitedOn()) && !c.completedOn().isAfter(inv.dueOn().plus(refusalGrace)));
      if (!attended && !lapse.isAfter(asOf)) {
        out.add(RaisedFlag.raised(IntegrityFlag.REFUSED, "NOT_ATTENDED", lapse));
      }
    }
    return out;
  }

  /** {@code record} with every flag the evidence shows added (existing flags are kept). */
  public TrainingRecord apply(TrainingRecord record, List<TrainingSession> sessions,
      List<TrainingInvitation> invitations, LocalDate asOf) {
    TrainingRecord out = record;
    for (RaisedFlag f : fromSessions(sessions)) {
      out = out.withFlag(f);
    }
    for (RaisedFlag f : fromInvitations(invitations, record.completions(), asOf)) {
      out = out.withFlag(f);
    }
    return out;
  }
}
