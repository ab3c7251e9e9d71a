package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerEntry;
import io.github.zhibo.core.ledger.RecordType;
import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.param.Parameter;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RetainedRecord;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.examples.demo.DemoServices;
import io.github.zhibo.examples.demo.Scale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulated platform: its profile, calendar, clock, ledger, the demo's services, the parties, the
 * run's random source and tallies, and an agenda of work scheduled for later days. Confined to the
 * engine's thread.
 */
public final class Sim {
  /** How long the demo keeps ledger records whose kind has no retention rule in the profile. */
  public static final Parameter<Period> DEFAULT_RETENTION = Parameter.of("demo.defaultRetention", Period.class,
      Period.ofYears(3), p -> !p.isNegative() && !p.isZero(),
      "retention of evidence the texts set no period for: the texts' common three years");

  final RegulationProfile profile;
  final WorkingDayCalendar calendar;
  final SimClock clock;
  final Environment environment;
  final PlatformParameters parameters;
  final EvidenceLedger ledger;
  final DemoServices services;
  final Scale scale;
  final SplittableRandom random;
  final Tally tally = new Tally();
  final Path out;

  final List<SimParty> agencies = new ArrayList<>();
  final List<SimParty> operators = new ArrayList<>();
  final List<SimParty> marketers = new ArrayList<>();
  /** Today's lives that went ahead: the room operators. */
  final List<SimParty> livesToday = new ArrayList<>();
  final Deque<Violation> violations = new ArrayDeque<>();
  final Deque<Violation> toBlacklist = new ArrayDeque<>();
  private final Map<LocalDate, List<Runnable>> agenda = new TreeMap<>();
  private int nextId = 1;

  Sim(RegulationProfile profile, WorkingDayCalendar calendar, SimClock clock, Environment environment,
      PlatformParameters parameters, EvidenceLedger ledger, DemoServices services, Scale scale, long seed, Path out) {
    this.profile = profile;
    this.calendar = calendar;
    this.clock = clock;
    this.environment = environment;
    this.parameters = parameters;
    this.ledger = ledger;
    this.services = services;
    this.scale = scale;
    this.random = new SplittableRandom(seed);
    this.out = out;
  }

  /** A new party with fresh synthetic keys. */
  SimParty newParty(PartyRole role, @Nullable OperatorKind kind, LocalDate on) {
    return newParty(role, kind, on, null, null, null, null);
  }

  /** A new party reusing the given keys (a re-entry attempt); {@code null} keys are fresh. */
  SimParty newParty(PartyRole role, @Nullable OperatorKind kind, LocalDate on, @Nullable String doc,
      @Nullable String ctl, @Nullable String dev, @Nullable String acct) {
    int n = nextId++;
    String prefix = switch (role) {
      case MARKETER_AGENCY -> "ag";
      case LIVE_ROOM_OPERATOR -> "op";
      case MARKETER -> "mk";
      default -> "pt";
    };
    String tag = prefix + "-" + String.format("%05d", n);
    return new SimParty(PartyId.of(tag), role, kind, on, doc != null ? doc : "doc:" + tag,
        ctl != null ? ctl : "ctl:" + tag, dev != null ? dev : "dev:" + tag, acct != null ? acct : "acct:" + tag);
  }

  /** The platform's own id, the subject of its own reports. */
  PartyId platformId() {
    return PartyId.of("platform");
  }

  /** Schedules {@code action} for the start of {@code day}; same-day actions run in scheduling order. */
  void at(LocalDate day, Runnable action) {
    agenda.computeIfAbsent(day, d -> new ArrayList<>()).add(action);
  }

  /** Runs and forgets {@code day}'s agenda (actions may schedule more for the same day: they run too). */
  void runAgenda(LocalDate day) {
    List<Runnable> todo;
    while ((todo = agenda.remove(day)) != null) {
      todo.forEach(Runnable::run);
    }
  }

  /** The next working day strictly after {@code day}. */
  LocalDate nextWorkingDay(LocalDate day) {
    return calendar.addWorkingDays(day, 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** The article of {@code o} in this profile; callers only ask for obligations the profile imposes. */
  ArticleRef article(Obligation o) {
    return profile.requireArticle(o);
  }

  /** Appends evidence for {@code o} about {@code subject}; retention from {@code kept}'s rule if any. */
  void evidence(Obligation o, PartyId subject, String type, Map<String, String> payload,
      @Nullable RetainedRecord kept, LocalDate anchor) {
    LocalDate until = (kept == null ? java.util.Optional.<io.github.zhibo.core.regulation.Retention>empty()
        : profile.retention(kept)).map(r -> r.retainUntil(anchor))
        .orElseGet(() -> anchor.plus(parameters.get(DEFAULT_RETENTION)));
    ledger.append(new LedgerEntry(profile.id(), article(o), SubjectRef.of("party:" + subject.value()),
        RecordType.of(type), payload, until));
  }
}
