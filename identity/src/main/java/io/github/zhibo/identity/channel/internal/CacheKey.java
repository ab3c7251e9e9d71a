package io.github.zhibo.identity.channel.internal;

import io.github.zhibo.identity.channel.ChannelId;

/**
 * A cache key: the channel and 128 bits of a keyed hash of the request's identity data. It holds no name
 * or number, so the cache keeps none in memory as keys, and its {@code toString()} shows a short prefix only.
 *
 * @param channel the request's channel
 * @param hi the hash's first 64 bits
 * @param lo the hash's next 64 bits
 */
public record CacheKey(ChannelId channel, long hi, long lo) {

  @Override
  public String toString() {
    return "CacheKey[" + channel + " #" + Long.toHexString(hi >>> 32) + "]";
  }
}
