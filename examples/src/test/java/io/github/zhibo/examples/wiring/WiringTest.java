package io.github.zhibo.examples.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.blacklist.ListingRequest;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.SubjectType;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.disclosure.json.SnapshotJson;
import io.github.zhibo.examples.golive.GoLiveComponents;
import io.github.zhibo.examples.golive.GoLiveRequest;
import io.github.zhibo.identity.channel.SandboxChannel;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.channel.VerificationRequest;
import io.github.zhibo.identity.gate.MarketerEntry;
import io.github.zhibo.identity.gate.OperatorReport;
import io.github.zhibo.identity.gate.PreLiveRequest;
import io.github.zhibo.tiering.LiveMonitoring;
import io.github.zhibo.tiering.RoomMetrics;
import io.github.zhibo.training.Completion;
import io.github.zhibo.training.Curricula;
import io.github.zhibo.training.TrainingRecord;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WiringTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(20, 0).atZone(ChinaZone.ZONE).toInstant(),
      ChinaZone.ZONE);
  private static final GoLiveRequest REQUEST = new GoLiveRequest("live-1", PartyId.of("op-1"),
      List.of(PartyId.of("m1"), PartyId.of("m2")), CLOCK.instant());
  private static final IdentityDocument DOC = IdentityDocument.parse(DocumentType.RESIDENT_ID, "11010519491231002X",
      ParsePolicy.defaults(CLOCK));

  enum Profile { ORDER_117, DRAFT_2025 }

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Environment env = Environment.of(CLOCK).withExecutor(pool);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  private static Marketer marketer(PartyId id) {
    return new Marketer(id, "主播" + id.value(), DOC, "浙江省杭州市某路1号", "contact-" + id.value(), Optional.empty(),
        List.of(), Optional.of("主播"), false);
  }

  private Wiring.PlatformSpi spi(ProfileId profile) {
    var p = io.github.zhibo.core.regulation.RegulationProfiles.get(profile);
    Map<PartyId, TrainingRecord> trained = new java.util.HashMap<>();
    for (PartyId m : REQUEST.marketers()) {
      trained.put(m, new TrainingRecord(m, Optional.empty(), Curricula.bundled().forProfile(p).modules().stream()
          .map(x -> Completion.passed(x, LocalDate.of(2026, 5, 1))).toList(), List.of()));
    }
    return new Wiring.PlatformSpi(
        SandboxChannel.builder().environment(env).unknownAnswer(VerificationOutcome.MATCH).build(),
        id -> new VerificationRequest.PersonCheck("主播" + id.value(), DOC),
        TrainingRecordSource.of(trained),
        r -> new PreLiveRequest(PartyId.of(r.liveId()), r.roomOperator(), r.startsAt(), r.marketers().stream()
            .map(id -> MarketerEntry.builder(marketer(id)).operatorReport(new OperatorReport(r.roomOperator(),
                PartyId.of(r.liveId()), r.startsAt().minus(Duration.ofMinutes(20)), DOC)).build()).toList()),
        id -> ScreeningRecord.builder("q-" + id.value(), SubjectType.PERSON)
            .document(DocumentType.PASSPORT, "E" + id.value() + "0001").build(),
        r -> new LiveMonitoring(RoomMetrics.builder(r.roomOperator().value()).followers(300).build(), Set.of()),
        r -> SnapshotJson.read("{\"products\":[{\"name\":\"西湖龙井茶\",\"spec\":\"250g\",\"pricingUnit\":\"元/盒\","
            + "\"price\":{\"actualFen\":100}}]}"));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aCompliantLiveGoesThroughEveryComponentAndAListedMarketerDoesNot(Profile which) {
    ProfileId id = ProfileId.of(which.name());
    Wiring.Components c = Wiring.build(id, env, spi(id));

    var allowed = c.goLive().decide(REQUEST, c.profile());
    assertThat(allowed.outcome()).as("%s", allowed.findings()).isEqualTo(Outcome.ALLOW);

    c.blacklist().list(new ListingRequest(ScreeningRecord.builder("BL000001", SubjectType.PERSON)
        .document(DocumentType.PASSPORT, "Em20001").build(), PartyRole.MARKETER, "facts", "reasons", "platform rule 4.2",
        "DEC-1", LocalDate.of(2026, 9, 1), "appeal in the app within 15 days", Set.of()));
    var denied = c.goLive().decide(REQUEST, c.profile());
    assertThat(denied.outcome()).isEqualTo(Outcome.DENY);
    assertThat(denied.findings()).extracting(Finding::rule).contains(GoLiveComponents.RULE_LISTED);
    assertThat(c.ledger().verify()).isNotNull();
  }
}
