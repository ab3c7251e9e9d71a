package io.github.zhibo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.check.Outcome;
import io.github.zhibo.core.param.PlatformParameters;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntegrityDetectorTest {

  private static final ModuleId CONSUMER = ModuleId.of("CONSUMER_RIGHTS");
  private static final Instant T0 = LocalDate.of(2026, 5, 10).atTime(9, 0).atZone(ChinaZone.ZONE).toInstant();
  private final IntegrityDetector detector = IntegrityDetector.defaults();

  static List<RegulationProfile> profiles() {
    return Fixtures.profiles().toList();
  }

  private static TrainingSession session(ModuleId m, Instant start, Duration length, int checks, int mismatches) {
    return new TrainingSession(m, start, start.plus(length), checks, mismatches);
  }

  @Test
  void honestSittingsRaiseNothing() {
    var sessions = List.of(session(CONSUMER, T0, Duration.ofMinutes(40), 3, 0),
        session(ModuleId.of("PLATFORM_RULES"), T0.plus(Duration.ofHours(1)), Duration.ofMinutes(10), 2, 0));
    assertThat(detector.fromSessions(sessions)).isEmpty();
  }

  @Test
  void identityMismatchIsCheating() {
    var flags = detector.fromSessions(List.of(session(CONSUMER, T0, Duration.ofMinutes(40), 3, 1)));
    assertThat(flags).singleElement().satisfies(f -> {
      assertThat(f.flag()).isEqualTo(IntegrityFlag.CHEATING);
      assertThat(f.reason()).isEqualTo("IDENTITY_MISMATCH");
      assertThat(f.raisedOn()).contains(LocalDate.of(2026, 5, 10));
    });
  }

  @Test
  void impossiblyFastCompletionIsCheatingAndTheThresholdIsAParameter() {
    var fast = List.of(session(CONSUMER, T0, Duration.ofMinutes(9).plusSeconds(59), 1, 0));
    assertThat(detector.fromSessions(fast)).extracting(RaisedFlag::reason).containsExactly("IMPOSSIBLE_DURATION");
    var lenient = IntegrityDetector.of(PlatformParameters.defaults()
        .with("test", TrainingParameters.MIN_MODULE_TIME, Duration.ofMinutes(5)));
    assertThat(lenient.fromSessions(fast)).isEmpty();
  }

  @Test
  void overlappingSittingsAreCheating() {
    var sessions = List.of(session(CONSUMER, T0, Duration.ofMinutes(40), 1, 0),
        session(ModuleId.of("PLATFORM_RULES"), T0.plus(Duration.ofMinutes(20)), Duration.ofMinutes(40), 1, 0));
    assertThat(detector.fromSessions(sessions)).extracting(RaisedFlag::reason).containsExactly("OVERLAPPING_SESSIONS");
  }

  @Test
  void sessionsValidateTheirEvidence() {
    assertThatThrownBy(() -> new TrainingSession(CONSUMER, T0, T0.minusSeconds(1), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSession(CONSUMER, T0, T0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void declinedOrUnattendedInvitationsAreRefusal() {
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    var declined = new TrainingInvitation(CONSUMER, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), true);
    var unattended = new TrainingInvitation(CONSUMER, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), false);
    var notYetDue = new TrainingInvitation(CONSUMER, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), false);
    assertThat(detector.fromInvitations(List.of(declined, unattended, notYetDue), List.of(), asOf))
        .extracting(RaisedFlag::reason).containsExactly("DECLINED", "NOT_ATTENDED");
  }

  @Test
  void attendingInTimeIsNoRefusalAndGraceIsAParameter() {
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    var inv = new TrainingInvitation(CONSUMER, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), false);
    assertThat(detector.fromInvitations(List.of(inv), List.of(Completion.passed(CONSUMER, LocalDate.of(2026, 5, 20))), asOf))
        .isEmpty();
    // a failed attempt is not attendance that satisfies the invitation
    assertThat(detector.fromInvitations(List.of(inv), List.of(Completion.failed(CONSUMER, LocalDate.of(2026, 5, 20))), asOf))
        .hasSize(1);
    var graceful = IntegrityDetector.of(PlatformParameters.defaults()
        .with("test", TrainingParameters.REFUSAL_GRACE, Period.ofDays(14)));
    assertThat(graceful.fromInvitations(List.of(inv), List.of(), asOf)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void detectedCheatingDeniesThroughTheGate(RegulationProfile profile) {
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    var record = new TrainingRecord(PartyId.of("m7"), Optional.empty(), Fixtures.allPassed(profile, LocalDate.of(2026, 5, 10)),
        List.of());
    var flagged = detector.apply(record, List.of(session(CONSUMER, T0, Duration.ofMinutes(2), 1, 0)), List.of(), asOf);
    var gate = TrainingGate.create();
    assertThat(gate.check(record, Fixtures.context(profile, asOf)).outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(gate.check(flagged, Fixtures.context(profile, asOf)).outcome()).isEqualTo(Outcome.DENY);
    assertThat(gate.check(flagged.flags().isEmpty() ? flagged
        : new TrainingRecord(flagged.marketer(), flagged.firstLiveOn(), flagged.completions(),
            flagged.flags().stream().map(f -> f.resolve(asOf)).toList()), Fixtures.context(profile, asOf)).outcome())
        .isEqualTo(Outcome.ALLOW);
  }
}
