package io.github.zhibo.identity.channel.internal;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.identity.channel.ChannelId;
import io.github.zhibo.identity.channel.UnavailableReason;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationRequest;
import java.util.EnumMap;
import java.util.Map;

/** Dispatches a request to the channel of its kind; immutable. */
public final class RoutingChannel implements VerificationChannel {
  private final Map<ChannelId, VerificationChannel> channels;
  private final Environment environment;

  public RoutingChannel(EnumMap<ChannelId, VerificationChannel> channels, Environment environment) {
    this.channels = new EnumMap<>(channels);
    this.environment = environment;
  }

  @Override
  public Verification verify(VerificationRequest request) {
    VerificationChannel channel = channels.get(request.channel());
    if (channel == null) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.UNSUPPORTED);
    }
    return channel.verify(request);
  }

  @Override
  public String toString() {
    return "RoutingChannel" + channels.keySet();
  }
}
