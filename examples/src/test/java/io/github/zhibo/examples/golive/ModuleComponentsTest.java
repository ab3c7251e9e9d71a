package io.github.zhibo.examples.golive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.blacklist.Blacklist;
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
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.json.SnapshotJson;
import io.github.zhibo.identity.channel.ChannelId;
import io.github.zhibo.identity.channel.EvidenceRef;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationOutcome;
import io.github.zhibo.identity.gate.MarketerEntry;
import io.github.zhibo.identity.gate.OperatorReport;
import io.github.zhibo.identity.gate.PreLiveIdentityGate;
import io.github.zhibo.identity.gate.PreLiveRequest;
import io.github.zhibo.tiering.LiveMonitoring;
import io.github.zhibo.tiering.RoomMetrics;
import io.github.zhibo.tiering.TierClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identity, blacklist, tier-scope and disclosure components: allow, deny, and a failing lookup is REVIEW. */
class ModuleComponentsTest {
  private static final GoLiveRequest REQUEST = GoLiveGateTest.REQUEST;
  private static final Instant NOW = GoLiveGateTest.CLOCK.instant();

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Environment env = Environment.of(GoLiveGateTest.CLOCK).withExecutor(pool);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  static List<RegulationProfile> profiles() {
    return GoLiveGateTest.profiles();
  }

  private Outcome decide(GoLiveComponent c, RegulationProfile p) {
    return gate(c).decide(REQUEST, p).outcome();
  }

  private GoLiveGate gate(GoLiveComponent c) {
    return GoLiveGate.builder().environment(env).component(c).build();
  }

  private static <T, R> Function<T, R> broken() {
    return x -> {
      throw new IllegalStateException("store down");
    };
  }

  // --- pre-live identity

  private static Marketer marketer(String id) {
    IdentityDocument doc = IdentityDocument.parse(DocumentType.RESIDENT_ID, "11010519491231002X",
        ParsePolicy.defaults(GoLiveGateTest.CLOCK));
    return new Marketer(PartyId.of(id), "主播" + id, doc, "浙江省杭州市某路1号", "contact-" + id, Optional.empty(),
        List.of(), Optional.of("主播"), false);
  }

  private static PreLiveRequest preLive(GoLiveRequest r, boolean faceChecked) {
    var entries = r.marketers().stream().map(id -> {
      Marketer m = marketer(id.value());
      var b = MarketerEntry.builder(m)
          .operatorReport(new OperatorReport(r.roomOperator(), PartyId.of(r.liveId()), NOW.minus(Duration.ofMinutes(20)),
              m.document()));
      if (faceChecked) {
        b.dynamicCheck(Verification.decided(VerificationOutcome.MATCH, ChannelId.LIVENESS_FACE,
            NOW.minus(Duration.ofMinutes(5)), EvidenceRef.of("face-tx-1")));
      }
      return b.build();
    }).toList();
    return new PreLiveRequest(PartyId.of(r.liveId()), r.roomOperator(), r.startsAt(), entries);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void preLiveIdentityAllowsCheckedMarketersAndDeniesUncheckedOnes(RegulationProfile p) {
    PreLiveIdentityGate identity = PreLiveIdentityGate.builder().build();
    assertThat(decide(GoLiveComponents.preLiveIdentity(identity, r -> preLive(r, true)), p)).isEqualTo(Outcome.ALLOW);
    assertThat(decide(GoLiveComponents.preLiveIdentity(identity, r -> preLive(r, false)), p)).isEqualTo(Outcome.DENY);
    assertThat(decide(GoLiveComponents.preLiveIdentity(identity, broken()), p)).isEqualTo(Outcome.REVIEW);
  }

  // --- blacklist

  private static ScreeningRecord record(PartyId id) {
    return ScreeningRecord.builder("q-" + id.value(), SubjectType.PERSON).document(DocumentType.PASSPORT, "E" + id.value() + "0001")
        .deviceIds(List.of("device-" + id.value())).build();
  }

  private Blacklist blacklist(RegulationProfile p, ScreeningRecord listed) {
    Blacklist b = Blacklist.builder().profile(p).environment(env).build();
    b.list(new ListingRequest(listed, PartyRole.MARKETER, "facts", "reasons", "platform rule 4.2", "DEC-1",
        GoLiveGateTest.CLOCK.instant().atZone(io.github.zhibo.core.time.ChinaZone.ZONE).toLocalDate().plusDays(90),
        "appeal in the app within 15 days", Set.of()));
    return b;
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void blacklistClearsUnlistedPartiesDeniesAListedMarketerAndReviewsALinkedOne(RegulationProfile p) {
    Blacklist other = blacklist(p, ScreeningRecord.builder("BL000001", SubjectType.PERSON)
        .document(DocumentType.PASSPORT, "E99999999").build());
    assertThat(decide(GoLiveComponents.blacklist(other, ModuleComponentsTest::record), p)).isEqualTo(Outcome.ALLOW);

    Blacklist listed = blacklist(p, ScreeningRecord.builder("BL000001", SubjectType.PERSON)
        .document(DocumentType.PASSPORT, "Em20001").build());
    var d = gate(GoLiveComponents.blacklist(listed, ModuleComponentsTest::record)).decide(REQUEST, p);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.findings()).extracting(Finding::rule).contains(GoLiveComponents.RULE_LISTED);
    assertThat(d.findings()).anySatisfy(f -> assertThat(f.path()).hasValueSatisfying(x -> assertThat(x.value()).isEqualTo("marketers[1]")));

    Blacklist linked = blacklist(p, ScreeningRecord.builder("BL000001", SubjectType.PERSON)
        .document(DocumentType.PASSPORT, "E77777777").deviceIds(List.of("device-m1")).build());
    assertThat(decide(GoLiveComponents.blacklist(linked, ModuleComponentsTest::record), p)).isEqualTo(Outcome.REVIEW);

    assertThat(decide(GoLiveComponents.blacklist(other, broken()), p)).isEqualTo(Outcome.REVIEW);
  }

  // --- tier scope

  @ParameterizedTest
  @MethodSource("profiles")
  void tierScopeDeniesAKeySubjectWithoutItsMonitoring(RegulationProfile p) {
    TierClassifier classifier = TierClassifier.builder().profile(p).environment(env).build();
    Function<GoLiveRequest, LiveMonitoring> small = r -> new LiveMonitoring(
        RoomMetrics.builder(r.roomOperator().value()).followers(200).build(), Set.of());
    Function<GoLiveRequest, LiveMonitoring> key = r -> new LiveMonitoring(
        RoomMetrics.builder(r.roomOperator().value()).followers(50_000_000).gmv30dFen(90_000_000_000L).build(), Set.of());
    assertThat(decide(GoLiveComponents.tierScope(classifier, small), p)).isEqualTo(Outcome.ALLOW);
    assertThat(decide(GoLiveComponents.tierScope(classifier, key), p)).isEqualTo(Outcome.DENY);
    assertThat(decide(GoLiveComponents.tierScope(classifier, broken()), p)).isEqualTo(Outcome.REVIEW);
  }

  // --- disclosure

  @ParameterizedTest
  @MethodSource("profiles")
  void disclosureChecksTheRoomsSetup(RegulationProfile p) {
    PageChecker checker = PageChecker.builder().environment(env).build();
    var pass = SnapshotJson.read(
        "{\"products\":[{\"name\":\"西湖龙井茶\",\"spec\":\"250g\",\"pricingUnit\":\"元/盒\",\"price\":{\"actualFen\":100}}]}");
    var smallLabel = SnapshotJson.read("{\"aiPersona\": {\"used\": true, \"labelText\": \"AI生成\", \"labelTextHeightPx\": 40,"
        + " \"frameWidthPx\": 1080, \"frameHeightPx\": 1920}}");
    assertThat(decide(GoLiveComponents.disclosure(checker, r -> pass), p)).isEqualTo(Outcome.ALLOW);
    assertThat(decide(GoLiveComponents.disclosure(checker, r -> smallLabel), p)).isEqualTo(Outcome.DENY);
    assertThat(decide(GoLiveComponents.disclosure(checker, broken()), p)).isEqualTo(Outcome.REVIEW);
  }
}
