package io.github.zhibo.identity.channel.internal;

import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.identity.channel.UnavailableReason;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationRequest;
import java.lang.System.Logger.Level;

/**
 * Fails closed around a platform channel: an exception, a {@code null} or an answer of another channel
 * becomes UNAVAILABLE. Logs the exception's class name only, never its message (it may hold input).
 */
public final class GuardedChannel implements VerificationChannel {
  private static final System.Logger LOG = System.getLogger(GuardedChannel.class.getName());
  static final String COMPONENT = "identity.channel.";
  /** Channels work below profiles; events need one, so they carry the default profile's id. */
  private static final ProfileId DEFAULT_PROFILE = RegulationProfiles.defaultProfile().id();

  private final VerificationChannel delegate;
  private final Environment environment;

  public GuardedChannel(VerificationChannel delegate, Environment environment) {
    this.delegate = delegate;
    this.environment = environment;
  }

  @Override
  public Verification verify(VerificationRequest request) {
    Verification answer;
    try {
      answer = delegate.verify(request);
    } catch (RuntimeException e) {
      return failed(request, e.getClass().getName());
    }
    if (answer == null) {
      return failed(request, "ZB-IDENTITY-CHANNEL-NULL");
    }
    if (answer.channel() != request.channel()) {
      return failed(request, "ZB-IDENTITY-CHANNEL-WRONG-ANSWER");
    }
    return answer;
  }

  private Verification failed(VerificationRequest request, String code) {
    LOG.log(Level.WARNING, "verification channel {0} failed: {1}", request.channel(), code);
    environment.emit(new ComplianceEvent.ComponentFailed(environment.clock().instant(), DEFAULT_PROFILE,
        COMPONENT + request.channel().name(), code));
    return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.CHANNEL_ERROR);
  }

  @Override
  public String toString() {
    return "GuardedChannel[" + delegate.getClass().getSimpleName() + "]";
  }
}
