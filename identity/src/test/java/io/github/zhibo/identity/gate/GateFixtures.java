package io.github.zhibo.identity.gate;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.env.ComplianceListener;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.IdentityDocument;
import io.github.zhibo.core.party.Marketer;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import io.github.zhibo.identity.channel.ChannelId;
import io.github.zhibo.identity.channel.EvidenceRef;
import io.github.zhibo.identity.channel.TestIds;
import io.github.zhibo.identity.channel.UnavailableReason;
import io.github.zhibo.identity.channel.Verification;
import io.github.zhibo.identity.channel.VerificationOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A live about to start and compliant marketers, for gate tests. */
final class GateFixtures {
  static final Instant NOW = Instant.parse("2026-12-03T11:30:00Z");
  static final Instant START = NOW.plus(Duration.ofMinutes(30));
  static final LocalDate LIVE_DAY = LocalDate.ofInstant(START, ChinaZone.ZONE);
  static final PartyId LIVE = PartyId.of("live-1");
  static final PartyId OPERATOR = PartyId.of("op-1");
  private static final AtomicInteger SEQ = new AtomicInteger();

  private GateFixtures() {}

  static Stream<RegulationProfile> profiles() {
    return Stream.of(RegulationProfiles.get(ProfileId.ORDER_117), RegulationProfiles.get(ProfileId.DRAFT_2025));
  }

  static CheckContext context(RegulationProfile profile) {
    return CheckContext.of(profile, Clock.fixed(NOW, ChinaZone.ZONE));
  }

  static CheckContext context(RegulationProfile profile, ComplianceListener listener) {
    return CheckContext.of(profile, Environment.of(Clock.fixed(NOW, ChinaZone.ZONE)).withListener(listener));
  }

  /** A marketer exactly {@code age} years (and a day) old on the live's day. */
  static Marketer marketerAged(int age) {
    return marketer(LIVE_DAY.minusYears(age).minusDays(1));
  }

  static Marketer marketer(LocalDate birth) {
    int n = SEQ.incrementAndGet();
    return marketer(PartyId.of("mk-" + n), TestIds.residentDoc(birth, n % 1000));
  }

  static Marketer marketer(PartyId id, IdentityDocument document) {
    return new Marketer(id, "主播" + id.value(), document, "浙江省杭州市某路1号", "contact-" + id.value(),
        Optional.empty(), List.of(), Optional.of("主播"), false);
  }

  static OperatorReport reportFor(Marketer m) {
    return new OperatorReport(OPERATOR, LIVE, NOW.minus(Duration.ofMinutes(20)), m.document());
  }

  static Verification answer(VerificationOutcome outcome, Instant at) {
    return outcome.isDecisive()
        ? Verification.decided(outcome, ChannelId.LIVENESS_FACE, at, EvidenceRef.of("face-tx-1"))
        : Verification.unavailable(ChannelId.LIVENESS_FACE, at, UnavailableReason.TIMEOUT);
  }

  /** Everything on file: the operator's report and a face match five minutes ago. */
  static MarketerEntry.Builder compliant(Marketer m) {
    return MarketerEntry.builder(m).operatorReport(reportFor(m))
        .dynamicCheck(answer(VerificationOutcome.MATCH, NOW.minus(Duration.ofMinutes(5))));
  }

  static PreLiveRequest live(MarketerEntry... entries) {
    return new PreLiveRequest(LIVE, OPERATOR, START, List.of(entries));
  }
}
