package io.github.zhibo.examples.demo;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.examples.demo.internal.SimClock;
import io.github.zhibo.identity.channel.CachingChannel;
import io.github.zhibo.identity.channel.ResilientChannel;
import io.github.zhibo.identity.channel.SandboxChannel;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity seam over the identity module's real channel stack: a seeded {@link SandboxChannel} (injected
 * failure rate, outage days) behind a {@link ResilientChannel} (retry, circuit breaker, rate limiter) behind
 * a {@link CachingChannel}. Each synthetic party is registered in the sandbox under a placeholder passport
 * ({@code DEMOP…}); a party that typed its registration wrong (a seeded share of calls) sends another name and
 * gets {@code MISMATCH}. Every clock in the stack (cache expiry, breaker's open state, answer times) is the
 * simulated day's, and the back-off is one millisecond, so runs are reproducible and quick.
 *
 * <p>Thread-safe as the channels are; the demo calls it from one thread.
 */
public final class ChannelIdentityVerifier implements IdentityVerifier {
  /** Parties registered in the sandbox (the demo's ids are {@code xx-NNNNN}). */
  static final int REGISTERED = 100_000;
  /** About one day in this many is an outage day of the authoritative source. */
  static final int OUTAGE_ONE_IN = 12;

  private final long seed;
  private final double mismatchRate;
  private final SimClock clock = new SimClock(LocalDate.of(2026, 1, 1));
  private final SandboxChannel sandbox;
  private final VerificationChannel channel;

  /**
   * @param seed the run's seed
   * @param failureRate the share of calls the sandbox fails on an ordinary day, in [0, 1]
   * @param mismatchRate the share of calls whose registration does not match, in [0, 1]
   */
  public ChannelIdentityVerifier(long seed, double failureRate, double mismatchRate) {
    if (!(failureRate >= 0 && failureRate <= 1) || !(mismatchRate >= 0 && mismatchRate <= 1)) {
      throw new IllegalArgumentException("rates are in [0, 1]");
    }
    this.seed = seed;
    this.mismatchRate = mismatchRate;
    Environment env = Environment.of(clock);
    SandboxChannel.Builder b = SandboxChannel.builder().environment(env).failureRate(failureRate, seed)
        .unknownAnswer(VerificationOutcome.MATCH);
    for (int n = 0; n < REGISTERED; n++) {
      b.person(name(n), document(n));
    }
    this.sandbox = b.build();
    VerificationChannel resilient = ResilientChannel.builder(sandbox).environment(env)
        .retry(2, Duration.ofMillis(1), 1.0, Duration.ofMillis(1))     // a real platform backs off for longer
        .rateLimit(1_000_000, Duration.ofSeconds(1), Duration.ofMillis(1))
        .breakerClock(clock)                                              // open state timed in simulated time
        .build();
    this.channel = CachingChannel.builder(resilient).environment(env).build();
  }

  @Override
  public synchronized Result verify(PartyId party, PartyRole role, LocalDate day) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    clock.set(day);
    sandbox.outage(Hashing.unit(seed, "outage", day.toEpochDay()) < 1.0 / OUTAGE_ONE_IN);
    int n = number(party);
    boolean typo = Hashing.unit(seed ^ 0x5EED, party.value(), day.toEpochDay()) < mismatchRate;
    Verification v = channel.verify(new VerificationRequest.PersonCheck(typo ? "DEMO-TYPO" : name(n), document(n)));
    return switch (v.outcome()) {
      case MATCH -> Result.VERIFIED;
      case MISMATCH, NOT_FOUND -> Result.MISMATCH;
      case UNAVAILABLE -> Result.UNAVAILABLE;
    };
  }

  private static int number(PartyId party) {
    String v = party.value();
    int dash = v.lastIndexOf('-');
    try {
      return Math.floorMod(Integer.parseInt(v.substring(dash + 1)), REGISTERED);
    } catch (NumberFormatException e) {
      return Math.floorMod(v.hashCode(), REGISTERED);
    }
  }

  private static String name(int n) {
    return "DEMO-" + n;
  }

  private static IdentityDocument document(int n) {
    return new IdentityDocument(DocumentType.PASSPORT, String.format("DEMOP%06d", n));
  }

  @Override
  public String toString() {
    return "ChannelIdentityVerifier[" + channel + "]";
  }
}
