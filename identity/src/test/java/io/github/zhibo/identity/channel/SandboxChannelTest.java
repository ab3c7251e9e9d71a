package io.github.zhibo.identity.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.env.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxChannelTest {
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private static final Environment ENV = Environment.of(new MutableClock(T0));

  @Test
  void personAnswersMatchMismatchAndNotFound() {
    var doc = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 1);
    var sandbox = SandboxChannel.builder().environment(ENV).person("李四", doc).build();
    assertThat(sandbox.verify(new VerificationRequest.PersonCheck("李四", doc)).outcome()).isEqualTo(VerificationOutcome.MATCH);
    assertThat(sandbox.verify(new VerificationRequest.PersonCheck("王五", doc)).outcome())
        .isEqualTo(VerificationOutcome.MISMATCH);
    var other = TestIds.residentDoc(LocalDate.of(1990, 1, 1), 2);
    Verification v = sandbox.verify(new VerificationRequest.PersonCheck("李四", other));
    assertThat(v.outcome()).isEqualTo(VerificationOutcome.NOT_FOUND);
    assertThat(v.channel()).isEqualTo(ChannelId.PUBLIC_SECURITY_ID);
    assertThat(v.checkedAt()).isEqualTo(T0);
    assertThat(v.evidenceRef().value()).startsWith("sbx:public_security_id:");
  }

  @Test
  void organisationNetworkIdentityAndLivenessAnswer() {
    var org = TestIds.usccDoc(7);
    var doc = TestIds.residentDoc(LocalDate.of(1985, 3, 3), 5);
    var credential = NetworkIdentityCredential.networkNumber("WH-qwertyui");
    var sandbox = SandboxChannel.builder().environment(ENV).organisation("杭州某某科技有限公司", org)
        .person("赵六", doc).networkIdentity(credential)
        .capture(CaptureRef.of("cap-other-face"), VerificationOutcome.MISMATCH).build();
    assertThat(sandbox.verify(new VerificationRequest.OrganisationCheck("杭州某某科技有限公司", org)).outcome())
        .isEqualTo(VerificationOutcome.MATCH);
    assertThat(sandbox.verify(new VerificationRequest.OrganisationCheck("别的公司", org)).outcome())
        .isEqualTo(VerificationOutcome.MISMATCH);
    assertThat(sandbox.verify(new VerificationRequest.NetworkIdentityCheck(credential)).outcome())
        .isEqualTo(VerificationOutcome.MATCH);
    assertThat(sandbox.verify(new VerificationRequest.NetworkIdentityCheck(
        NetworkIdentityCredential.networkNumber("WH-unknown1"))).outcome()).isEqualTo(VerificationOutcome.NOT_FOUND);
    assertThat(sandbox.verify(new VerificationRequest.LivenessCheck("赵六", doc, CaptureRef.of("cap-1"))).outcome())
        .isEqualTo(VerificationOutcome.MATCH);
    assertThat(sandbox.verify(new VerificationRequest.LivenessCheck("赵六", doc, CaptureRef.of("cap-other-face")))
        .outcome()).isEqualTo(VerificationOutcome.MISMATCH);
  }

  @Test
  void unknownAnswerCanAcceptEveryWellFormedIdentity() {
    var sandbox = SandboxChannel.builder().unknownAnswer(VerificationOutcome.MATCH).build();
    var doc = TestIds.residentDoc(LocalDate.of(2000, 2, 29), 9);
    assertThat(sandbox.verify(new VerificationRequest.PersonCheck("任何人", doc)).outcome())
        .isEqualTo(VerificationOutcome.MATCH);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261203L})
  void failuresAreDeterministicPerSeedAndNearTheRate(long seed) {
    List<VerificationOutcome> first = run(seed);
    List<VerificationOutcome> second = run(seed);
    assertThat(second).isEqualTo(first);
    long failures = first.stream().filter(o -> o == VerificationOutcome.UNAVAILABLE).count();
    // 2,000 draws at 30 %: the count is far inside 500..700 for any decent generator.
    assertThat(failures).isBetween(500L, 700L);
  }

  private static List<VerificationOutcome> run(long seed) {
    var sandbox = SandboxChannel.builder().unknownAnswer(VerificationOutcome.MATCH).failureRate(0.3, seed).build();
    var out = new ArrayList<VerificationOutcome>();
    for (int i = 0; i < 1000; i++) {
      var r = new VerificationRequest.PersonCheck("p" + i, TestIds.residentDoc(LocalDate.of(1980, 1, 1).plusDays(i), i));
      out.add(sandbox.verify(r).outcome());
      out.add(sandbox.verify(r).outcome()); // the second call for the same request draws again
    }
    return out;
  }

  @Test
  void latencyGoesThroughTheInjectedSleeperAndOutageFailsEverything() {
    var slept = new ArrayList<Duration>();
    var sandbox = SandboxChannel.builder().unknownAnswer(VerificationOutcome.MATCH)
        .latency(Duration.ofMillis(350), slept::add).build();
    var r = new VerificationRequest.PersonCheck("x", TestIds.residentDoc(LocalDate.of(1970, 1, 1), 1));
    assertThat(sandbox.verify(r).outcome()).isEqualTo(VerificationOutcome.MATCH);
    sandbox.outage(true);
    Verification down = sandbox.verify(r);
    assertThat(down.outcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
    assertThat(down.unavailableReason()).contains(UnavailableReason.CHANNEL_ERROR);
    sandbox.outage(false);
    assertThat(sandbox.verify(r).outcome()).isEqualTo(VerificationOutcome.MATCH);
    assertThat(slept).containsExactly(Duration.ofMillis(350), Duration.ofMillis(350), Duration.ofMillis(350));
    assertThat(sandbox.callCount()).isEqualTo(3);
    assertThat(sandbox.toString()).doesNotContainPattern("\\d{11,}");
  }
}
