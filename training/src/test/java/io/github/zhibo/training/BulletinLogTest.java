package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.ledger.EvidenceLedger;
import io.github.zhibo.core.ledger.LedgerRecord;
import io.github.zhibo.core.ledger.LedgerStore;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BulletinLogTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final PartyId MCN = PartyId.of("mcn-1");
  private static final PartyId OP = PartyId.of("op:9");

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void logsWhoReceivedWhatAndWhenInTheLedger(RegulationProfile profile) {
    var clock = Fixtures.clockAt(DAY);
    try (EvidenceLedger ledger = EvidenceLedger.builder().store(LedgerStore.inMemory()).clock(clock).build()) {
      var log = BulletinLog.builder().profile(profile).environment(Environment.of(clock)).ledger(ledger).build();
      log.receive(new RegulatorBulletin("B-2026-07", "SAMR_PROVINCIAL", DAY));
      var d = log.passOn("B-2026-07", MCN, PartyRole.MARKETER_AGENCY);
      log.passOn("B-2026-07", MCN, PartyRole.MARKETER_AGENCY); // idempotent
      assertThat(d.sentAt()).isEqualTo(clock.instant());
      assertThat(log.notReached("B-2026-07", List.of(MCN, OP))).containsExactly(OP);
      log.passOn("B-2026-07", OP, PartyRole.LIVE_ROOM_OPERATOR);
      var acked = log.acknowledge("B-2026-07", OP);
      assertThat(acked.acknowledgedAt()).isPresent();
      assertThat(log.deliveries("B-2026-07")).extracting(BulletinDelivery::recipient).containsExactly(MCN, OP);
      assertThat(log.deliveriesTo(OP)).singleElement().satisfies(x -> assertThat(x.acknowledgedAt()).isPresent());
      assertThat(ledger.records()).extracting(r -> r.entry().type().value()).containsExactly(
          "TRAINING_BULLETIN_RECEIVED", "TRAINING_BULLETIN_SENT", "TRAINING_BULLETIN_SENT",
          "TRAINING_BULLETIN_ACKNOWLEDGED");
      LedgerRecord first = ledger.records().get(0);
      assertThat(first.entry().article().toString()).isEqualTo(profile.id().value() + " Art. 10(2)");
      assertThat(first.entry().retainUntil()).isEqualTo(DAY.plusYears(3));
      assertThat(ledger.verify().isOk()).isTrue();
    }
  }

  @Test
  void rejectsUnknownBulletinsAndWrongRecipients() {
    var log = BulletinLog.builder().profile(RegulationProfiles.get(ProfileId.ORDER_117)).build();
    assertThatThrownBy(() -> log.passOn("nope", MCN, PartyRole.MARKETER_AGENCY)).isInstanceOf(IllegalArgumentException.class);
    log.receive(new RegulatorBulletin("B1", "CAC_COUNTY", DAY));
    assertThatThrownBy(() -> log.receive(new RegulatorBulletin("B1", "CAC_COUNTY", DAY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.passOn("B1", MCN, PartyRole.MARKETER)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.acknowledge("B1", MCN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegulatorBulletin("B 1", "CAC", DAY)).isInstanceOf(IllegalArgumentException.class);
  }
}
