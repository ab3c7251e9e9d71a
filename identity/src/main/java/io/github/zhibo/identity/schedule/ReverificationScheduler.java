package io.github.zhibo.identity.schedule;

import io.github.zhibo.identity.internal.Retentions;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.archive.ArchiveError;
import io.github.zhibo.identity.archive.ArchiveException;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationArchive;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.archive.VerificationEntry;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.identity.archive.internal.SubjectRefs;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs periodic re-verification (核验更新, Art. 8 ¶1) over the due set: takes every entry due on or before the
 * run's day from the {@link DueSetStore} in index order, re-verifies it through the {@link Reverifier} on the
 * environment's executor with at most {@code maxConcurrency} calls in flight (each paced by the configured
 * {@link CallThrottle}), retries {@code UNAVAILABLE}
 * with exponential back-off, and escalates an entry still unverified {@link
 * ScheduleParameters#ESCALATION_GRACE_DAYS} days after its due day to the configured disposal measure.
 *
 * <p><b>Nothing is lost or counted twice.</b> The store is the only state. An entry leaves the due set only
 * by a successful verification, which replaces it (compare-and-set) by one due an interval later; a failure
 * keeps it due with its attempt count. Evidence is written to the ledger before the store moves, so a crash
 * between the two at worst repeats one verification on the next run (and the ledger shows both); a crash
 * anywhere else loses nothing, and the next run — by this or a new scheduler over the same store — picks up
 * every entry still due. A run's day may not be after today, so a verified entry (now due an interval after
 * today) never comes round again in the same run.
 *
 * <p>Thread-safe: {@link #run} may be called concurrently (the store's compare-and-set arbitrates; the loser
 * counts a conflict). Every outcome is recorded in the ledger with codes only — no personal data.
 */
public final class ReverificationScheduler {

  static final RecordType RESULT = RecordType.of("REVERIFICATION_RESULT");
  static final RecordType ESCALATED = RecordType.of("REVERIFICATION_ESCALATED");
  private static final String CHANNEL = "REVERIFIER";
  private static final AtomicLong RUNS = new AtomicLong();

  private final ReverificationPolicy policy;
  private final DueSetStore store;
  private final Reverifier reverifier;
  private final EvidenceLedger ledger;
  private final @Nullable RegistrationArchive archive;
  private final Environment environment;
  private final EscalationHandler escalation;
  private final CallThrottle throttle;
  private final Measure escalationMeasure;
  private final int graceDays;
  private final int maxConcurrency;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int pageSize;
  private final Period retention;

  private ReverificationScheduler(Builder b) {
    this.policy = b.policy != null ? b.policy : ReverificationPolicy.of(b.profile);
    this.store = Objects.requireNonNull(b.store, "store");
    this.reverifier = Objects.requireNonNull(b.reverifier, "reverifier");
    this.ledger = Objects.requireNonNull(b.ledger, "ledger");
    this.archive = b.archive;
    this.environment = b.environment;
    this.escalation = b.escalation;
    this.throttle = b.throttle;
    RegulationProfile profile = policy.profile();
    this.escalationMeasure = b.measure != null ? b.measure : defaultMeasure(profile);
    if (!profile.measures().contains(escalationMeasure)) {
      throw new IllegalArgumentException(profile.id() + " has no disposal measure " + escalationMeasure);
    }
    this.graceDays = b.parameters.get(ScheduleParameters.ESCALATION_GRACE_DAYS);
    this.maxConcurrency = b.maxConcurrency;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.pageSize = b.pageSize;
    this.retention = b.retention;
  }

  /** Starts configuring a scheduler; store, reverifier and ledger are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy that sets due days. */
  public ReverificationPolicy policy() {
    return policy;
  }

  /**
   * Puts {@code record} into the due set at its due day (registration, or a reported change that needs a new
   * verification); a role the periodic duty does not cover is not tracked.
   *
   * @return whether the record is now tracked
   */
  public boolean track(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    Optional<LocalDate> due = policy.dueOn(record);
    due.ifPresent(d -> store.put(DueEntry.of(record.partyId(), record.role(), d)));
    return due.isPresent();
  }

  /**
   * Re-verifies every entry due on or before {@code asOf} and returns what happened. Blocks until the run's
   * calls have finished.
   *
   * @throws IllegalArgumentException if {@code asOf} is after today (by the environment's clock)
   * @throws CancellationException if the calling thread is interrupted; entries not yet finished stay due
   */
  public RunReport run(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate today = ChinaZone.today(environment.clock());
    if (asOf.isAfter(today)) {
      throw new IllegalArgumentException("a run's day may not be after today");
    }
    var run = new Run(asOf, today, RUNS.incrementAndGet());
    Semaphore permits = new Semaphore(maxConcurrency);
    DueCursor cursor = null;
    try {
      while (run.failure.get() == null) {
        DuePage page = store.due(asOf, cursor, pageSize);
        if (page.entries().isEmpty()) {
          break;
        }
        for (DueEntry entry : page.entries()) {
          if (run.failure.get() != null) {
            break;
          }
          permits.acquire();
          try {
            environment.executor().execute(() -> {
              try {
                run.process(entry);
              } catch (Throwable t) {
                run.failure.compareAndSet(null, t);
              } finally {
                permits.release();
              }
            });
          } catch (RejectedExecutionException e) {
            permits.release();
            throw e;
          }
        }
        cursor = page.next().orElseThrow();
      }
      permits.acquire(maxConcurrency);
      permits.release(maxConcurrency);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("re-verification run interrupted; unfinished entries stay due");
    }
    Throwable failure = run.failure.get();
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure != null) {
      // a call's thread was interrupted: what it was doing stays due
      throw new CancellationException("re-verification run interrupted; unfinished entries stay due");
    }
    return run.report();
  }

  private static Measure defaultMeasure(RegulationProfile profile) {
    return profile.measures().contains(Measure.FUNCTION_LIMIT) ? Measure.FUNCTION_LIMIT : profile.measures().get(0);
  }

  /** The state of one run: counters and the first failure that stops it. */
  private final class Run {
    final LocalDate asOf;
    final LocalDate today;
    final long id;
    final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    final AtomicLong examined = new AtomicLong();
    final AtomicLong verified = new AtomicLong();
    final AtomicLong mismatched = new AtomicLong();
    final AtomicLong notFound = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong escalated = new AtomicLong();

    Run(LocalDate asOf, LocalDate today, long id) {
      this.asOf = asOf;
      this.today = today;
      this.id = id;
    }

    void process(DueEntry entry) throws InterruptedException {
      int attempts = 0;
      VerificationOutcome outcome;
      while (true) {
        attempts++;
        throttle.acquire();
        outcome = call(entry);
        if (outcome != VerificationOutcome.UNAVAILABLE || attempts >= maxAttempts) {
          break;
        }
        retries.incrementAndGet();
        sleep(attempts);
      }
      String evidenceRef = "run" + id + "-" + entry.subject().value().replace(':', '~');
      DueEntry updated;
      if (outcome == VerificationOutcome.MATCH) {
        record(entry, outcome, attempts);
        if (!toArchive(entry, outcome, evidenceRef)) {
          return;
        }
        updated = entry.verified(policy.nextDue(today));
      } else {
        record(entry, outcome, attempts);
        if (outcome.isDecisive() && !toArchive(entry, outcome, evidenceRef)) {
          return;
        }
        if (outcome == VerificationOutcome.UNAVAILABLE) {
          environment.emit(new ComplianceEvent.ComponentFailed(environment.clock().instant(), policy.profile().id(),
              "identity.reverifier", "UNAVAILABLE"));
        }
        updated = entry.failed(outcome, today);
        if (!entry.escalated() && asOf.isAfter(entry.dueOn().plusDays(graceDays)) && escalate(entry)) {
          updated = updated.markEscalated();
        }
      }
      examined.incrementAndGet();
      if (!store.replace(entry, updated)) {
        conflicts.incrementAndGet();
        return;
      }
      switch (outcome) {
        case MATCH -> verified.incrementAndGet();
        case MISMATCH -> mismatched.incrementAndGet();
        case NOT_FOUND -> notFound.incrementAndGet();
        case UNAVAILABLE -> unavailable.incrementAndGet();
        default -> throw new IllegalStateException("unhandled outcome " + outcome);
      }
    }

    /**
     * Adds the outcome to the archive's history. A subject the archive no longer holds left the platform: its
     * entry is dropped from the due set (counted as a conflict), the run goes on.
     */
    private boolean toArchive(DueEntry entry, VerificationOutcome outcome, String evidenceRef) {
      if (archive == null) {
        return true;
      }
      try {
        archive.recordVerification(entry.subject(), new VerificationEntry(today, CHANNEL, outcome, trim(evidenceRef)));
        return true;
      } catch (ArchiveException e) {
        if (e.code() != ArchiveError.UNKNOWN_SUBJECT) {
          throw e;
        }
        examined.incrementAndGet();
        conflicts.incrementAndGet();
        store.remove(entry.subject());
        return false;
      }
    }

    private VerificationOutcome call(DueEntry entry) {
      try {
        VerificationOutcome o = reverifier.reverify(entry.subject(), entry.role());
        return o == null ? VerificationOutcome.UNAVAILABLE : o;
      } catch (RuntimeException e) {
        // a failing adapter decided nothing: the entry stays due, exactly like an outage
        return VerificationOutcome.UNAVAILABLE;
      }
    }

    private void sleep(int attempt) throws InterruptedException {
      if (initialBackoff.isZero()) {
        return;
      }
      long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
      Thread.sleep(Math.min(millis, maxBackoff.toMillis()));
    }

    private boolean escalate(DueEntry entry) {
      try {
        escalation.escalate(entry, escalationMeasure);
      } catch (RuntimeException e) {
        environment.emit(new ComplianceEvent.ComponentFailed(environment.clock().instant(), policy.profile().id(),
            "identity.reverification.escalation", e.getClass().getName()));
        return false;
      }
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("dueOn", entry.dueOn().toString());
      payload.put("graceDays", Integer.toString(graceDays));
      payload.put("measure", escalationMeasure.name());
      payload.put("failedAttempts", Integer.toString(entry.failedAttempts() + 1));
      append(entry, ESCALATED, payload);
      environment.emit(new ComplianceEvent.DeadlineMissed(environment.clock().instant(), policy.profile().id(),
          entry.subject(), obligationName(entry.role()), entry.dueOn(), policy.article(entry.role())));
      escalated.incrementAndGet();
      return true;
    }

    private void record(DueEntry entry, VerificationOutcome outcome, int attempts) {
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("dueOn", entry.dueOn().toString());
      payload.put("asOf", asOf.toString());
      payload.put("outcome", outcome.name());
      payload.put("attempts", Integer.toString(attempts));
      payload.put("run", Long.toString(id));
      append(entry, RESULT, payload);
    }

    private void append(DueEntry entry, RecordType type, Map<String, String> payload) {
      ledger.append(new LedgerEntry(policy.profile().id(), policy.article(entry.role()),
          SubjectRefs.of(entry.subject()), type, payload, today.plus(retention)));
    }

    RunReport report() {
      return new RunReport(asOf, examined.get(), verified.get(), mismatched.get(), notFound.get(),
          unavailable.get(), conflicts.get(), retries.get(), escalated.get());
    }
  }

  private static String obligationName(ArchiveRole role) {
    return role == ArchiveRole.MARKETER ? "REVERIFY_MARKETER" : "REVERIFY_OPERATOR";
  }

  private static String trim(String s) {
    return s.length() <= 128 ? s : s.substring(0, 128);
  }

  /** Configures a {@link ReverificationScheduler}; not thread-safe. */
  public static final class Builder {
    private RegulationProfile profile = RegulationProfiles.defaultProfile();
    private @Nullable ReverificationPolicy policy;
    private @Nullable DueSetStore store;
    private @Nullable Reverifier reverifier;
    private @Nullable EvidenceLedger ledger;
    private @Nullable RegistrationArchive archive;
    private Environment environment = Environment.defaults();
    private PlatformParameters parameters = PlatformParameters.defaults();
    private EscalationHandler escalation = EscalationHandler.none();
    private CallThrottle throttle = CallThrottle.none();
    private @Nullable Measure measure;
    private int maxConcurrency = 8;
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private int pageSize = 512;
    private Period retention = Period.ofYears(3);

    private Builder() {}

    /** The profile (default: the default profile); ignored when a {@link #policy} is set. */
    public Builder profile(RegulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** A policy, e.g. with a platform's shorter interval (default: the profile's). */
    public Builder policy(ReverificationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The due set (required). */
    public Builder store(DueSetStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The channel adapter (required). */
    public Builder reverifier(Reverifier reverifier) {
      this.reverifier = Objects.requireNonNull(reverifier, "reverifier");
      return this;
    }

    /** The evidence ledger every outcome and escalation is written to (required). */
    public Builder ledger(EvidenceLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      return this;
    }

    /** An archive to add each decisive outcome to the subject's verification history (optional). */
    public Builder archive(RegistrationArchive archive) {
      this.archive = Objects.requireNonNull(archive, "archive");
      return this;
    }

    /** Clock, listener and the executor the calls run on (default {@link Environment#defaults()}). */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Platform parameters ({@link ScheduleParameters#ESCALATION_GRACE_DAYS}). */
    public Builder parameters(PlatformParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** Who takes the disposal measure on escalation (default: nobody; ledger and event only). */
    public Builder escalation(EscalationHandler handler) {
      this.escalation = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Paces channel calls (default: none; concurrency is still bounded). */
    public Builder throttle(CallThrottle throttle) {
      this.throttle = Objects.requireNonNull(throttle, "throttle");
      return this;
    }

    /** The measure escalation asks for; one of the profile's (default {@code FUNCTION_LIMIT}). */
    public Builder escalationMeasure(Measure measure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      return this;
    }

    /** Most channel calls in flight at once (default 8). */
    public Builder maxConcurrency(int n) {
      if (n < 1) throw new IllegalArgumentException("maxConcurrency must be >= 1");
      this.maxConcurrency = n;
      return this;
    }

    /** Calls per entry and run, the first included (default 3). */
    public Builder maxAttempts(int n) {
      if (n < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
      this.maxAttempts = n;
      return this;
    }

    /** Back-off before the first retry, doubled for each further one up to {@code max} (default 200 ms, 5 s). */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff needs 0 <= initial <= max");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** Entries read from the store at a time (default 512). */
    public Builder pageSize(int n) {
      if (n < 1) throw new IllegalArgumentException("pageSize must be >= 1");
      this.pageSize = n;
      return this;
    }

    /** How long the ledger keeps the run's records (default three years). */
    public Builder retention(Period retention) {
      this.retention = Retentions.requirePositive(retention);
      return this;
    }

    /** Builds the scheduler. */
    public ReverificationScheduler build() {
      return new ReverificationScheduler(this);
    }
  }
}
