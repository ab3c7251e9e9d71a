package io.github.zhibo.examples.golive;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.CheckError;
import io.github.zhibo.core.check.Checks;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.RegulationProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The go-live gate: one {@link Check} on a {@link GoLiveRequest} that runs every wired
 * {@link GoLiveComponent} concurrently on the context environment's executor and returns a single
 * {@link Decision} — the strictest outcome and every finding, in component order.
 *
 * <p><b>Fail closed.</b> Each component runs inside core's guarded composite ({@link Checks#allOf}), so a
 * component that throws, returns {@code null} or decides under another profile contributes {@code REVIEW}
 * with a {@code CHECK.FAILED} finding naming it. On top of that the gate enforces what core's composite
 * lacks: a <em>per-component timeout</em> and a <em>total deadline</em> for the whole call. A component not
 * finished by {@code min(start + its timeout, start + total deadline)} contributes {@code REVIEW} with a
 * {@code CHECK.FAILED} / {@code check.timedOut} finding whose evidence names the component, the error
 * code {@code ZB-CHK-0003} and which limit it hit ({@code COMPONENT_TIMEOUT} or {@code TOTAL_DEADLINE});
 * its thread is interrupted and its late answer discarded. A component the executor refuses contributes
 * {@code REVIEW} ({@code ZB-CHK-0004}). The limits are measured on the component's own completion time,
 * so a direct or saturated executor cannot turn a slow answer into an accepted one. Every such failure is
 * also emitted as a {@link ComplianceEvent.ComponentFailed}. The call itself never throws for a
 * component's sake and returns within about the total deadline — unless the executor runs tasks on the
 * caller's thread (a direct executor, {@code CallerRunsPolicy}), which makes the components sequential and
 * the call as slow as their sum, though a late answer is still discarded.
 *
 * <p><b>Executor.</b> Give the environment an executor with a thread per concurrently running component
 * (a fixed pool, or virtual threads on a newer JDK): the default common fork-join pool has
 * {@code cores - 1} threads and would run components one after another.
 *
 * <p>Immutable and thread-safe if the components are.
 */
public final class GoLiveGate implements Check<GoLiveRequest> {

  /** The default total deadline: long enough for remote look-ups, short enough not to delay a live. */
  public static final Duration DEFAULT_TOTAL_DEADLINE = Duration.ofMillis(800);

  /** Core's rule id for a component that could not decide; the gate uses it for timeouts too. */
  static final String FAILED_RULE = "CHECK.FAILED";

  private final List<GoLiveComponent> components;
  private final List<Check<GoLiveRequest>> guarded;
  private final long[] timeoutNanos;
  private final long totalNanos;
  private final Environment environment;
  private final PlatformParameters parameters;

  private GoLiveGate(Builder b) {
    this.components = List.copyOf(b.components);
    if (components.isEmpty()) {
      // an empty gate would allow every live: a wiring mistake, not a policy
      throw new IllegalStateException("a go-live gate needs at least one component");
    }
    this.totalNanos = b.totalDeadline.toNanos();
    this.timeoutNanos = new long[components.size()];
    var g = new ArrayList<Check<GoLiveRequest>>(components.size());
    for (int i = 0; i < components.size(); i++) {
      GoLiveComponent c = components.get(i);
      timeoutNanos[i] = Math.min(totalNanos, c.timeout().orElse(b.componentTimeout).toNanos());
      g.add(Checks.allOf(List.of(Check.named(c.name(), c.check()))));
    }
    this.guarded = List.copyOf(g);
    this.environment = b.environment;
    this.parameters = b.parameters;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gate's decision under {@code profile} in the gate's own environment and parameters. */
  public Decision decide(GoLiveRequest request, RegulationProfile profile) {
    return check(request, new CheckContext(profile, environment, parameters));
  }

  @Override
  public Decision check(GoLiveRequest request, CheckContext context) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(context, "context");
    long start = System.nanoTime();
    int n = components.size();
    var tasks = new ArrayList<Timed>(n);
    var results = new Decision[n];
    for (int i = 0; i < n; i++) {
      var task = new Timed(guarded.get(i), request, context);
      tasks.add(task);
      try {
        context.environment().executor().execute(task);
      } catch (RejectedExecutionException e) {
        results[i] = failure(i, context, CheckError.MEMBER_REJECTED, null);
      }
    }
    boolean interrupted = false;
    for (int i = 0; i < n; i++) {
      if (results[i] != null) {
        continue;
      }
      Timed task = tasks.get(i);
      long deadline = start + timeoutNanos[i];
      String limit = timeoutNanos[i] < totalNanos ? "COMPONENT_TIMEOUT" : "TOTAL_DEADLINE";
      if (interrupted) {
        task.cancel(true);
        results[i] = failure(i, context, CheckError.MEMBER_INTERRUPTED, null);
        continue;
      }
      try {
        Decision d = task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        results[i] = task.finishedAt - deadline > 0 ? failure(i, context, CheckError.MEMBER_TIMED_OUT, limit) : d;
      } catch (TimeoutException | CancellationException e) {
        task.cancel(true);
        results[i] = failure(i, context, CheckError.MEMBER_TIMED_OUT, limit);
      } catch (InterruptedException e) {
        interrupted = true;
        task.cancel(true);
        results[i] = failure(i, context, CheckError.MEMBER_INTERRUPTED, null);
      } catch (ExecutionException e) {
        // the guard catches everything but fatal VM errors; treat whatever got through as a failure
        results[i] = failure(i, context, CheckError.MEMBER_THREW, null);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Decision out = context.allow();
    for (int i = 0; i < n; i++) {
      reportGuardFailures(i, results[i], context);
      out = out.and(results[i]);
    }
    return out;
  }

  @Override
  public String name() {
    return "goLive";
  }

  /** The names of the wired components, in order. */
  public List<String> componentNames() {
    return components.stream().map(GoLiveComponent::name).toList();
  }

  private Decision failure(int index, CheckContext context, CheckError error, @Nullable String limit) {
    String name = components.get(index).name();
    var evidence = Evidence.builder()
        .put("check", EvidenceValue.code(name))
        .put("error", EvidenceValue.code(error.id()));
    if (limit != null) {
      evidence.put("limit", EvidenceValue.code(limit))
          .put("limitMillis", TimeUnit.NANOSECONDS.toMillis(limit.equals("TOTAL_DEADLINE") ? totalNanos : timeoutNanos[index]));
    }
    String key = switch (error) {
      case MEMBER_TIMED_OUT -> "check.timedOut";
      case MEMBER_REJECTED -> "check.rejected";
      case MEMBER_INTERRUPTED -> "check.interrupted";
      default -> "check.failed";
    };
    context.environment().emit(new ComplianceEvent.ComponentFailed(context.clock().instant(), context.profileId(),
        "goLive." + name, error.id()));
    Finding f = Finding.operational(FAILED_RULE, context.profileId(), Severity.WARNING, key)
        .evidence(evidence.build())
        .build();
    return Decision.review(List.of(f));
  }

  /** Core's guard made the finding; the gate still tells the listener which component failed. */
  private void reportGuardFailures(int index, Decision d, CheckContext context) {
    for (Finding f : d.findings()) {
      if (f.rule().equals(FAILED_RULE) && f.evidence().get("limit").isEmpty()
          && f.evidence().get("check").map(v -> v.display().equals(components.get(index).name())).orElse(false)) {
        String code = f.evidence().get("error").map(v -> String.valueOf(v.display())).orElse("unknown");
        if (!code.equals(CheckError.MEMBER_REJECTED.id()) && !code.equals(CheckError.MEMBER_INTERRUPTED.id())) {
          context.environment().emit(new ComplianceEvent.ComponentFailed(context.clock().instant(),
              context.profileId(), "goLive." + components.get(index).name(), code));
        }
      }
    }
  }

  @Override
  public String toString() {
    return "GoLiveGate" + componentNames();
  }

  /** A component run that records when it finished, so lateness is judged on the component's own time. */
  private static final class Timed extends FutureTask<Decision> {
    volatile long finishedAt;

    Timed(Check<GoLiveRequest> check, GoLiveRequest request, CheckContext context) {
      super(() -> check.check(request, context));
    }

    @Override
    protected void set(Decision v) {
      finishedAt = System.nanoTime();
      super.set(v);
    }

    @Override
    protected void setException(Throwable t) {
      finishedAt = System.nanoTime();
      super.setException(t);
    }
  }

  /** Configures a {@link GoLiveGate}. Not thread-safe. */
  public static final class Builder {
    private final List<GoLiveComponent> components = new ArrayList<>();
    private Duration totalDeadline = DEFAULT_TOTAL_DEADLINE;
    private Duration componentTimeout = DEFAULT_TOTAL_DEADLINE;
    private Environment environment = Environment.defaults();
    private PlatformParameters parameters = PlatformParameters.defaults();

    private Builder() {}

    /** Adds a component; names must be unique. */
    public Builder component(GoLiveComponent component) {
      Objects.requireNonNull(component, "component");
      if (components.stream().anyMatch(c -> c.name().equals(component.name()))) {
        throw new IllegalArgumentException("component name used twice: " + component.name());
      }
      components.add(component);
      return this;
    }

    /** Adds a check as a component with the default timeout. */
    public Builder component(String name, Check<? super GoLiveRequest> check) {
      return component(GoLiveComponent.of(name, check));
    }

    /** Adds a check as a component with its own timeout. */
    public Builder component(String name, Check<? super GoLiveRequest> check, Duration timeout) {
      return component(GoLiveComponent.of(name, check, timeout));
    }

    /** The longest the whole call may take; {@link #DEFAULT_TOTAL_DEADLINE} by default. */
    public Builder totalDeadline(Duration deadline) {
      this.totalDeadline = positive(deadline, "total deadline");
      return this;
    }

    /** The timeout of components without their own; the total deadline's default by default. */
    public Builder componentTimeout(Duration timeout) {
      this.componentTimeout = positive(timeout, "component timeout");
      return this;
    }

    /** The environment {@link #decide} runs in (its executor runs the components); defaults by default. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The platform parameters {@link #decide} passes to components; defaults by default. */
    public Builder parameters(PlatformParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /**
     * The gate.
     *
     * @throws IllegalStateException if no component was added
     */
    public GoLiveGate build() {
      return new GoLiveGate(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
