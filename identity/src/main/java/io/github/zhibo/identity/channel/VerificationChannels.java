package io.github.zhibo.identity.channel;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.identity.channel.internal.GuardedChannel;
import io.github.zhibo.identity.channel.internal.RoutingChannel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Factories for composing channels. */
public final class VerificationChannels {

  private VerificationChannels() {}

  /**
   * A channel that never throws and never returns {@code null} or another channel's answer: such failures
   * become UNAVAILABLE ({@link UnavailableReason#CHANNEL_ERROR}) timed by {@code environment}'s clock, and a
   * {@link io.github.zhibo.core.env.ComplianceEvent.ComponentFailed} with the exception's class name only
   * (its message may contain personal data) is emitted. Idempotent: guarding a guarded channel returns it.
   */
  public static VerificationChannel guarded(VerificationChannel channel, Environment environment) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(environment, "environment");
    return channel instanceof GuardedChannel ? channel : new GuardedChannel(channel, environment);
  }

  /**
   * One channel per {@link ChannelId}: requests go to the channel of their kind; a kind without one is
   * answered UNAVAILABLE ({@link UnavailableReason#UNSUPPORTED}). Each member is {@link #guarded}.
   */
  public static VerificationChannel route(Map<ChannelId, ? extends VerificationChannel> channels,
      Environment environment) {
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(environment, "environment");
    var copy = new EnumMap<ChannelId, VerificationChannel>(ChannelId.class);
    channels.forEach((id, ch) -> copy.put(Objects.requireNonNull(id, "channel id"),
        guarded(Objects.requireNonNull(ch, "channel"), environment)));
    return new RoutingChannel(copy, environment);
  }

  /**
   * The recommended stack in front of a platform channel: a {@link CachingChannel} (defaults) over a
   * {@link ResilientChannel} (defaults) over {@code channel}, all in {@code environment}. Cache hits consume
   * no quota; misses are rate-limited, retried and circuit-broken.
   */
  public static CachingChannel cachedAndResilient(VerificationChannel channel, Environment environment) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(environment, "environment");
    return CachingChannel.builder(ResilientChannel.builder(channel).environment(environment).build())
        .environment(environment).build();
  }
}
