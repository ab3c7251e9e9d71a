/**
 * Identity verification channels (核验渠道): the SPI a platform implements against the public-security
 * identity service, the enterprise-credit registry, the national network identity public service (国家网络身份认证公共服务,
 * 网号/网证) and liveness/face comparison, a deterministic sandbox, and two decorators — a Caffeine cache and a
 * Resilience4j rate limiter / retry / circuit breaker.
 *
 * <p>Typical wiring: {@code CachingChannel.builder(ResilientChannel.builder(platformChannel).build()).build()}:
 * cache hits never consume a channel quota, misses are rate-limited, retried and circuit-broken.
 *
 * <p>Nothing in this package logs or prints a name or an identity number: requests, keys and results mask
 * them in {@code toString()}.
 */
@NullMarked
package io.github.zhibo.identity.channel;

import org.jspecify.annotations.NullMarked;
