package io.github.zhibo.examples.wiring;

import io.github.zhibo.blacklist.Blacklist;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.disclosure.DisclosureConfig;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import io.github.zhibo.enforcement.DisposalWorkflow;
import io.github.zhibo.examples.golive.GoLiveComponents;
import io.github.zhibo.examples.golive.GoLiveGate;
import io.github.zhibo.examples.golive.GoLiveRequest;
import io.github.zhibo.identity.archive.InMemoryRegistrationArchive;
import io.github.zhibo.identity.archive.VerificationOutcome;
import io.github.zhibo.identity.channel.CachingChannel;
import io.github.zhibo.identity.channel.ResilientChannel;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.channel.VerificationRequest;
import io.github.zhibo.identity.gate.PreLiveIdentityGate;
import io.github.zhibo.identity.gate.PreLiveRequest;
import io.github.zhibo.identity.schedule.InMemoryDueSetStore;
import io.github.zhibo.identity.schedule.ReverificationScheduler;
import io.github.zhibo.tiering.LiveMonitoring;
import io.github.zhibo.tiering.TierClassifier;
import io.github.zhibo.tiering.TierPolicy;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Duration;
import java.util.function.Function;

/**
 * How a platform wires zhibo: every component built once, at start-up, from one profile, one environment
 * (clock, listener, executor) and one evidence ledger, and returned as a {@link Components} record to hand to
 * the platform's services. Copy this class and replace the {@link PlatformSpi} lookups with your own stores
 * and clients; swap the in-memory ledger store, archive and due-set store for persistent ones
 * ({@code LedgerStore.jsonLines}, your own {@code RegistrationArchive} and {@code DueSetStore}).
 *
 * <p>All components are thread-safe; build them once and share them.
 */
public final class Wiring {
  private Wiring() {}

  /**
   * What the platform supplies: its authoritative verification client (public security, registry, CTID),
   * its training records, and lookups from the go-live request's ids to what each check needs.
   *
   * @param authority the platform's client of the authoritative sources (the SPI; e.g. a {@code route} of clients)
   * @param registered the verification request of a registered party (for re-verification)
   * @param training where marketers' training records live
   * @param preLive the pre-live identity request of a live (registrations, operator's report, face checks)
   * @param screening the blacklist screening record of a party
   * @param monitoring a room's metrics and the monitoring in place for a live
   * @param setup the room's page as it will go live
   */
  public record PlatformSpi(VerificationChannel authority, Function<PartyId, VerificationRequest> registered,
      TrainingRecordSource training, Function<GoLiveRequest, PreLiveRequest> preLive,
      Function<PartyId, ScreeningRecord> screening, Function<GoLiveRequest, LiveMonitoring> monitoring,
      Function<GoLiveRequest, LiveRoomSnapshot> setup) {}

  /** The platform's zhibo components, built once. */
  public record Components(RegulationProfile profile, WorkingDayCalendar calendar, Environment environment,
      EvidenceLedger ledger, CachingChannel channel, InMemoryRegistrationArchive archive,
      ReverificationScheduler scheduler, Blacklist blacklist, TierClassifier tiers, PageChecker pages,
      PreLiveIdentityGate identityGate, GoLiveGate goLive, DisposalWorkflow disposal) {}

  /** Wires every component for {@code profileId} in {@code env} over the platform's {@code spi}. */
  public static Components build(ProfileId profileId, Environment env, PlatformSpi spi) {
    RegulationProfile profile = RegulationProfiles.get(profileId);          // legal numbers are profile data
    PlatformParameters parameters = PlatformParameters.defaults();          // thresholds the law leaves open
    WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();       // bundled 2024-2026 schedule
    EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(env.clock()).build();

    // Channels: resilience (retry, breaker, rate limit) in front of the authority, a cache in front of that.
    CachingChannel channel = CachingChannel.builder(ResilientChannel.builder(spi.authority()).environment(env)
            .rateLimit(50, Duration.ofSeconds(1), Duration.ofSeconds(2))
            .retry(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2))
            .build())
        .environment(env).build();

    // Registration archive and the periodic re-verification on the profile's interval.
    var archive = InMemoryRegistrationArchive.builder().profile(profile).ledger(ledger).environment(env).build();
    DisposalWorkflow disposal = DisposalWorkflow.builder().profile(profile).ledger(ledger).environment(env)
        .parameters(parameters).calendar(calendar).build();
    var scheduler = ReverificationScheduler.builder().profile(profile).store(new InMemoryDueSetStore())
        .ledger(ledger).archive(archive).environment(env).parameters(parameters)
        .reverifier((subject, role) -> VerificationOutcome.valueOf(
            channel.verify(spi.registered().apply(subject)).outcome().name()))
        .build();

    Blacklist blacklist = Blacklist.builder().profile(profile).ledger(ledger).environment(env)
        .parameters(parameters).build();
    TierClassifier tiers = TierClassifier.builder().profile(profile).policy(TierPolicy.defaultFor(profile))
        .environment(env).build();
    PageChecker pages = PageChecker.builder().environment(env).config(DisclosureConfig.defaults())
        .calendar(calendar).build();
    PreLiveIdentityGate identityGate = PreLiveIdentityGate.builder().channel(channel).build();

    // The go-live gate: each module's check as a component; one that fails or times out answers REVIEW.
    GoLiveGate goLive = GoLiveGate.builder().environment(env).parameters(parameters)
        .totalDeadline(Duration.ofMillis(800))
        .component(GoLiveComponents.training(spi.training(), env))
        .component(GoLiveComponents.preLiveIdentity(identityGate, spi.preLive()))
        .component(GoLiveComponents.blacklist(blacklist, spi.screening()))
        .component(GoLiveComponents.tierScope(tiers, spi.monitoring()))
        .component(GoLiveComponents.disclosure(pages, spi.setup()))
        .build();

    return new Components(profile, calendar, env, ledger, channel, archive, scheduler, blacklist, tiers, pages,
        identityGate, goLive, disposal);
  }
}
