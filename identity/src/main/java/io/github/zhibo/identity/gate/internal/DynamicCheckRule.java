package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.param.CoreParameters;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationChannels;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import io.github.zhibo.identity.gate.MarketerEntry;
import io.github.zhibo.identity.gate.VerificationSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The platform's dynamic real-identity check before the live (draft Art. 8 ¶2; Order 117 Art. 8 ¶3): a
 * person-channel answer no older than {@link CoreParameters#PRE_LIVE_FRESHNESS} at the reference instant. The
 * latest decisive fresh answer decides: MATCH passes, MISMATCH and NOT_FOUND deny (与真实身份不符). Without one
 * the gate asks its channel, if it has one — the network identity channel when the marketer chose a
 * 网号/网证, so no plaintext number is sent — and an UNAVAILABLE answer means REVIEW, never ALLOW. An answer the
 * gate got itself counts as fresh unless it is older than the window (a cache whose TTL exceeds the window
 * served it): then there is no fresh check and the marketer is denied until one is made.
 */
public final class DynamicCheckRule {
  public static final String PASSED = "IDENTITY.PRE_LIVE.MATCH";
  public static final String MISSING = "IDENTITY.PRE_LIVE.MISSING";
  public static final String MISMATCH = "IDENTITY.PRE_LIVE.MISMATCH";
  public static final String NOT_FOUND = "IDENTITY.PRE_LIVE.NOT_FOUND";
  public static final String UNAVAILABLE = "IDENTITY.PRE_LIVE.UNAVAILABLE";
  public static final String COMPONENT = "identity.gate.channel";
  public static final String SINK_COMPONENT = "identity.gate.verificationSink";

  private static final Obligation DUTY = Obligation.PRE_LIVE_IDENTITY_CHECK;

  private DynamicCheckRule() {}

  public static void apply(MarketerEntry entry, String path, LiveTiming timing, Optional<VerificationChannel> channel,
      VerificationSink sink, GateFindings out) {
    CheckContext ctx = out.context();
    Duration freshness = ctx.parameter(CoreParameters.PRE_LIVE_FRESHNESS);
    Instant windowStart = timing.reference().minus(freshness);
    Optional<Verification> decisive = latest(entry, windowStart, timing.now(), true);
    boolean madeHere = false;
    boolean gateAnswerStale = false;
    Optional<Verification> undecided = Optional.empty();
    if (decisive.isEmpty()) {
      undecided = latest(entry, windowStart, timing.now(), false);
      if (channel.isPresent()) {
        Verification v = VerificationChannels.guarded(channel.get(), ctx.environment()).verify(requestFor(entry));
        madeHere = true;
        record(sink, entry, v, out);
        if (!v.outcome().isDecisive()) {
          undecided = Optional.of(v);
        } else if (v.checkedAt().isBefore(windowStart)) {
          // A cache in front of the channel served an answer older than the window (its TTL is longer than
          // the freshness window): that is no dynamic check for this live.
          gateAnswerStale = true;
        } else {
          // Made during this decision; the channel's own clock may run ahead of the context's, so no upper bound.
          decisive = Optional.of(v);
        }
      }
    }
    var subject = entry.marketer().id();
    String at = path + ".dynamicChecks";
    if (decisive.isPresent()) {
      Verification v = decisive.get();
      Evidence evidence = evidence(v, timing, freshness, madeHere);
      if (v.outcome() == VerificationOutcome.MATCH) {
        out.add(subject, ctx.finding(PASSED, DUTY, Severity.INFO, "identity.preLive.match").evidence(evidence)
            .path(at).build());
      } else if (v.outcome() == VerificationOutcome.MISMATCH) {
        out.add(subject, ctx.finding(MISMATCH, DUTY, Severity.VIOLATION, "identity.preLive.mismatch")
            .evidence(evidence).path(at).build());
      } else {
        out.add(subject, ctx.finding(NOT_FOUND, DUTY, Severity.VIOLATION, "identity.preLive.notFound")
            .evidence(evidence).path(at).build());
      }
    } else if (undecided.isPresent()) {
      Verification v = undecided.get();
      String reason = v.unavailableReason().map(Enum::name).orElse("STALE");
      out.componentFailed(COMPONENT, "ZB-IDENTITY-CHANNEL-" + reason);
      out.add(subject, ctx.finding(UNAVAILABLE, DUTY, Severity.WARNING, "identity.preLive.unavailable")
          .evidence(evidence(v, timing, freshness, madeHere)).path(at).build());
    } else {
      out.add(subject, ctx.finding(MISSING, DUTY, Severity.VIOLATION, "identity.preLive.missing")
          .evidence(Evidence.builder().put("freshnessMinutes", freshness.toMinutes())
              .put("checksOnFile", entry.dynamicChecks().size()).put("gateAnswerStale", gateAnswerStale).build())
          .path(at).build());
    }
  }

  private static void record(VerificationSink sink, MarketerEntry entry, Verification v, GateFindings out) {
    try {
      sink.record(entry.marketer().id(), v);
    } catch (RuntimeException e) {
      // The platform's history store failing does not change what the channel answered.
      out.componentFailed(SINK_COMPONENT, e.getClass().getName());
    }
  }

  private static VerificationRequest requestFor(MarketerEntry entry) {
    if (entry.networkIdentity().isPresent()) {
      return new VerificationRequest.NetworkIdentityCheck(entry.networkIdentity().get());
    }
    return new VerificationRequest.PersonCheck(entry.marketer().name(), entry.marketer().document());
  }

  private static Optional<Verification> latest(MarketerEntry entry, Instant windowStart, Instant now, boolean decisive) {
    return entry.dynamicChecks().stream()
        .filter(v -> v.channel().verifiesPerson())
        .filter(v -> v.outcome().isDecisive() == decisive)
        .filter(v -> inWindow(v, windowStart, now))
        .max(Comparator.comparing(Verification::checkedAt));
  }

  private static boolean inWindow(Verification v, Instant windowStart, Instant now) {
    // An answer dated in the future is not trusted: it cannot have been made yet.
    return !v.checkedAt().isBefore(windowStart) && !v.checkedAt().isAfter(now);
  }

  private static Evidence evidence(Verification v, LiveTiming timing, Duration freshness, boolean madeHere) {
    var b = Evidence.builder()
        .put("channel", v.channel())
        .put("outcome", v.outcome())
        .put("evidenceRef", v.evidenceRef().toEvidence())
        .put("checkAgeMinutes", Math.max(0, Duration.between(v.checkedAt(), timing.now()).toMinutes()))
        .put("freshnessMinutes", freshness.toMinutes())
        .put("checkedByGate", madeHere);
    v.unavailableReason().ifPresent(r -> b.put("unavailableReason", r));
    return b.build();
  }
}
