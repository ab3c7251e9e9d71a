package io.github.zhibo.identity.channel;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.identity.channel.internal.CacheKey;
import io.github.zhibo.identity.channel.internal.RequestHasher;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic stand-in for all four channels, for tests and the reference app: answers come from the
 * identities registered on the builder, with injectable latency, an injectable failure rate and an outage
 * switch. Never use it in production.
 *
 * <p>Answers:
 * <ul>
 *   <li>person / organisation: MATCH when the number is registered with this name, MISMATCH when it is
 *       registered with another name, else the builder's {@link Builder#unknownAnswer} (NOT_FOUND by default);
 *   <li>network identity: MATCH when the credential is registered, else NOT_FOUND;
 *   <li>liveness: the answer registered for the capture; an unregistered capture is compared as the person
 *       check of its name and document would answer.
 * </ul>
 *
 * <p>Failures are deterministic: whether the n-th call for a request fails is a function of the seed, the
 * request and n only, not of thread interleaving, so a retry of the same request draws again. Evidence
 * references are {@code sbx:<channel>:<sequence>}.
 *
 * <p>Thread-safe. The registry is fixed at {@link Builder#build()}; only {@link #outage(boolean)} changes later.
 */
public final class SandboxChannel implements VerificationChannel {

  /** How the sandbox waits for its injected latency; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep(long, int)}. */
    static Sleeper threadSleep() {
      return d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    }
  }

  private final Environment environment;
  private final Map<String, String> persons;
  private final Map<String, String> organisations;
  private final Set<String> credentials;
  private final Map<String, VerificationOutcome> captures;
  private final VerificationOutcome unknownAnswer;
  private final Duration latency;
  private final Sleeper sleeper;
  private final double failureRate;
  private final long seed;
  private final RequestHasher hasher;
  private final ConcurrentHashMap<CacheKey, AtomicInteger> callsPerRequest = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile boolean outage;

  private SandboxChannel(Builder b) {
    this.environment = b.environment;
    this.persons = Map.copyOf(b.persons);
    this.organisations = Map.copyOf(b.organisations);
    this.credentials = Set.copyOf(b.credentials);
    this.captures = Map.copyOf(b.captures);
    this.unknownAnswer = b.unknownAnswer;
    this.latency = b.latency;
    this.sleeper = b.sleeper;
    this.failureRate = b.failureRate;
    this.seed = b.seed;
    this.hasher = new RequestHasher(ByteBuffer.allocate(16).putLong(b.seed).putLong(~b.seed).array());
  }

  /** Starts an empty sandbox. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Verification verify(VerificationRequest request) {
    Objects.requireNonNull(request, "request");
    if (!latency.isZero()) {
      try {
        sleeper.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.INTERRUPTED);
      }
    }
    if (outage || fails(request)) {
      return Verification.unavailable(request.channel(), environment.clock().instant(), UnavailableReason.CHANNEL_ERROR,
          ref(request.channel()));
    }
    return Verification.decided(answer(request), request.channel(), environment.clock().instant(), ref(request.channel()));
  }

  /** Switches a simulated outage on or off: while on, every call answers UNAVAILABLE. */
  public void outage(boolean on) {
    this.outage = on;
  }

  /** How many calls were made so far (including failed ones). */
  public long callCount() {
    return sequence.get();
  }

  private boolean fails(VerificationRequest request) {
    if (failureRate == 0.0) return false;
    CacheKey key = hasher.keyOf(request);
    int n = callsPerRequest.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
    long z = mix(seed ^ key.hi() ^ mix(key.lo() + n));
    double draw = (z >>> 11) * 0x1.0p-53;
    return draw < failureRate;
  }

  private static long mix(long z) {
    // SplitMix64's finaliser: a well-distributed draw from (seed, request, attempt).
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private VerificationOutcome answer(VerificationRequest request) {
    if (request instanceof VerificationRequest.PersonCheck p) {
      return byName(persons, key(p.document()), p.name());
    } else if (request instanceof VerificationRequest.OrganisationCheck o) {
      return byName(organisations, o.uscc().number(), o.name());
    } else if (request instanceof VerificationRequest.NetworkIdentityCheck n) {
      return credentials.contains(n.credential().kind() + ":" + n.credential().value())
          ? VerificationOutcome.MATCH : VerificationOutcome.NOT_FOUND;
    } else if (request instanceof VerificationRequest.LivenessCheck l) {
      VerificationOutcome registered = captures.get(l.capture().value());
      return registered != null ? registered : byName(persons, key(l.document()), l.name());
    }
    throw new IllegalArgumentException("unknown request kind " + request.getClass().getSimpleName());
  }

  private VerificationOutcome byName(Map<String, String> registry, String number, String name) {
    String registered = registry.get(number);
    if (registered == null) return unknownAnswer;
    return registered.equals(name) ? VerificationOutcome.MATCH : VerificationOutcome.MISMATCH;
  }

  private EvidenceRef ref(ChannelId channel) {
    return EvidenceRef.of("sbx:" + channel.name().toLowerCase(Locale.ROOT) + ":"
        + Long.toString(sequence.incrementAndGet(), 36));
  }

  private static String key(IdentityDocument document) {
    return document.type() + ":" + document.number();
  }

  @Override
  public String toString() {
    return "SandboxChannel[" + persons.size() + " persons, " + organisations.size() + " organisations, "
        + credentials.size() + " credentials, failureRate " + failureRate + (outage ? ", outage" : "") + "]";
  }

  /** Configures a {@link SandboxChannel}. Not thread-safe. */
  public static final class Builder {
    private Environment environment = Environment.defaults();
    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();
    private final Set<String> credentials = new HashSet<>();
    private final Map<String, VerificationOutcome> captures = new HashMap<>();
    private VerificationOutcome unknownAnswer = VerificationOutcome.NOT_FOUND;
    private Duration latency = Duration.ZERO;
    private Sleeper sleeper = Sleeper.threadSleep();
    private double failureRate;
    private long seed = 20261203L;

    private Builder() {}

    /** Clock for {@code checkedAt}; default {@link Environment#defaults()}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Registers a person: {@code name} is the name on record for {@code document}. */
    public Builder person(String name, IdentityDocument document) {
      new VerificationRequest.PersonCheck(name, document); // validates both
      persons.put(key(document), name);
      return this;
    }

    /** Registers an organisation: {@code name} is the registered name for {@code uscc}. */
    public Builder organisation(String name, IdentityDocument uscc) {
      new VerificationRequest.OrganisationCheck(name, uscc);
      organisations.put(uscc.number(), name);
      return this;
    }

    /** Registers a valid 网号/网证. */
    public Builder networkIdentity(NetworkIdentityCredential credential) {
      Objects.requireNonNull(credential, "credential");
      credentials.add(credential.kind() + ":" + credential.value());
      return this;
    }

    /** Registers the answer for a face capture (e.g. MISMATCH for "another person's face"). */
    public Builder capture(CaptureRef capture, VerificationOutcome answer) {
      Objects.requireNonNull(capture, "capture");
      if (!Objects.requireNonNull(answer, "answer").isDecisive()) {
        throw new IllegalArgumentException("use failureRate or outage for UNAVAILABLE");
      }
      captures.put(capture.value(), answer);
      return this;
    }

    /**
     * The answer for a person or organisation number nobody registered: NOT_FOUND by default; MATCH turns
     * the sandbox into an "every well-formed identity exists" stand-in for the reference app.
     */
    public Builder unknownAnswer(VerificationOutcome answer) {
      if (!Objects.requireNonNull(answer, "answer").isDecisive()) {
        throw new IllegalArgumentException("use failureRate or outage for UNAVAILABLE");
      }
      this.unknownAnswer = answer;
      return this;
    }

    /** Each call waits {@code latency} first (default none), through {@code sleeper}. */
    public Builder latency(Duration latency, Sleeper sleeper) {
      Objects.requireNonNull(latency, "latency");
      if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("latency is 0 to 1 minute");
      }
      this.latency = latency;
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Each call answers UNAVAILABLE with probability {@code rate}, drawn deterministically from {@code seed}. */
    public Builder failureRate(double rate, long seed) {
      if (!(rate >= 0.0 && rate <= 1.0)) throw new IllegalArgumentException("a failure rate is in [0, 1]");
      this.failureRate = rate;
      this.seed = seed;
      return this;
    }

    /** The sandbox. */
    public SandboxChannel build() {
      return new SandboxChannel(this);
    }

    private static String key(IdentityDocument document) {
      return SandboxChannel.key(document);
    }
  }
}
