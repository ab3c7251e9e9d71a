package io.github.zhibo.core.check;

import io.github.zhibo.core.regulation.ProfileId;
import java.time.Clock;
import java.util.Objects;

/**
 * What a {@link Check} may need besides its subject. A record rather than extra parameters, so that new
 * information (a listener, platform parameters) can be added without changing the SPI's signature.
 *
 * @param profile the profile to decide under; findings and the decision carry it
 * @param clock the source of "now" and "today"; checks never read the system clock directly
 */
public record CheckContext(ProfileId profile, Clock clock) {

  /** Validates the shape; throws IllegalArgumentException or NullPointerException on bad input. */
  public CheckContext {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(clock, "clock");
  }

  /** The context for deciding under {@code profile} with time from {@code clock}. */
  public static CheckContext of(ProfileId profile, Clock clock) {
    return new CheckContext(profile, clock);
  }
}
