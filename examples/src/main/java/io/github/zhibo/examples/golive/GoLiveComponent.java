package io.github.zhibo.examples.golive;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One check the go-live gate runs: a name (which a failure finding cites), the check, and its own timeout
 * (else the gate's default).
 *
 * @param name 1-64 characters of {@code A-Za-z0-9_.-}, starting with a letter, e.g. {@code training}
 * @param check the check on the request
 * @param timeout how long it may take, if not the gate's default; positive
 */
public record GoLiveComponent(String name, Check<? super GoLiveRequest> check, Optional<Duration> timeout) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,63}");

  /** Validates the parts. */
  public GoLiveComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(timeout, "timeout");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a component name is 1-64 characters of A-Za-z0-9_.- starting with a letter");
    }
    timeout.ifPresent(t -> {
      if (t.isNegative() || t.isZero()) {
        throw new IllegalArgumentException("a component timeout must be positive");
      }
    });
  }

  /** A component with the gate's default timeout. */
  public static GoLiveComponent of(String name, Check<? super GoLiveRequest> check) {
    return new GoLiveComponent(name, check, Optional.empty());
  }

  /** A component with its own timeout. */
  public static GoLiveComponent of(String name, Check<? super GoLiveRequest> check, Duration timeout) {
    return new GoLiveComponent(name, check, Optional.of(timeout));
  }

  /**
   * Adapts a module's check on some other subject (the marketers, the room's page snapshot, the operator's
   * tier input): {@code subject} derives it from the request, e.g. {@code GoLiveRequest::marketers}. A
   * {@code subject} function that throws counts as the component failing.
   */
  public static <S> GoLiveComponent adapt(String name, Function<? super GoLiveRequest, ? extends S> subject,
      Check<? super S> check) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(check, "check");
    return of(name, new Check<GoLiveRequest>() {
      @Override
      public Decision check(GoLiveRequest request, CheckContext context) {
        return check.check(subject.apply(request), context);
      }

      @Override
      public String name() {
        return name;
      }
    });
  }

  /** A copy with its own timeout. */
  public GoLiveComponent withTimeout(Duration timeout) {
    return new GoLiveComponent(name, check, Optional.of(timeout));
  }
}
