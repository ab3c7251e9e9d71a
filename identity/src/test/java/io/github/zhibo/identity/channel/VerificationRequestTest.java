package io.github.zhibo.identity.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.IdentityDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationRequestTest {
  private static final IdentityDocument PERSON = TestIds.residentDoc(LocalDate.of(1990, 5, 17), 123);
  private static final IdentityDocument ORG = TestIds.usccDoc(42);

  @Test
  void eachKindGoesToItsChannel() {
    assertThat(new VerificationRequest.PersonCheck("张三", PERSON).channel()).isEqualTo(ChannelId.PUBLIC_SECURITY_ID);
    assertThat(new VerificationRequest.OrganisationCheck("某某公司", ORG).channel()).isEqualTo(ChannelId.USCC_REGISTRY);
    assertThat(new VerificationRequest.NetworkIdentityCheck(NetworkIdentityCredential.networkNumber("WH-abcdefgh"))
        .channel()).isEqualTo(ChannelId.CTID_NETWORK_ID);
    assertThat(new VerificationRequest.LivenessCheck("张三", PERSON, CaptureRef.of("cap-1")).channel())
        .isEqualTo(ChannelId.LIVENESS_FACE);
  }

  @Test
  void toStringNeverShowsNameOrNumber() {
    var requests = new VerificationRequest[] {
        new VerificationRequest.PersonCheck("张三", PERSON),
        new VerificationRequest.OrganisationCheck("某某公司", ORG),
        new VerificationRequest.NetworkIdentityCheck(NetworkIdentityCredential.networkCertificate("CERT-zyxwvuts-777")),
        new VerificationRequest.LivenessCheck("张三", PERSON, CaptureRef.of("cap-1"))};
    for (VerificationRequest r : requests) {
      assertThat(r.toString()).doesNotContain("张三", "某某公司", PERSON.number(), ORG.number(), "zyxwvuts")
          .doesNotContainPattern("\\d{11,}");
    }
  }

  @Test
  void aPersonCheckRefusesAUsccAndAnOrganisationCheckRefusesAPersonDocument() {
    assertThatThrownBy(() -> new VerificationRequest.PersonCheck("x", ORG)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerificationRequest.OrganisationCheck("x", PERSON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerificationRequest.PersonCheck(" ", PERSON)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNetworkCredentialIsNeverThePlaintextNumberAndErrorsDoNotEchoIt() {
    assertThatThrownBy(() -> NetworkIdentityCredential.networkNumber(PERSON.number()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(PERSON.number());
    assertThatThrownBy(() -> NetworkIdentityCredential.networkNumber("short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NetworkIdentityCredential.networkNumber("has space inside"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NetworkIdentityCredential.networkNumber("WH-abcdefgh").toString()).doesNotContain("abcdefgh");
  }

  @Test
  void evidenceRefsRejectIdentityShapedValues() {
    assertThatThrownBy(() -> EvidenceRef.of(PERSON.number())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(PERSON.number());
    assertThat(EvidenceRef.of("psb:tx-20261203-0001").toEvidence().toString()).isEqualTo("psb:tx-20261203-0001");
    assertThatThrownBy(() -> CaptureRef.of("13800138000")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVerificationHasAReasonExactlyWhenUnavailable() {
    Instant t = Instant.parse("2026-12-03T01:00:00Z");
    var ok = Verification.decided(VerificationOutcome.MATCH, ChannelId.PUBLIC_SECURITY_ID, t, EvidenceRef.of("r1"));
    assertThat(ok.unavailableReason()).isEmpty();
    var down = Verification.unavailable(ChannelId.PUBLIC_SECURITY_ID, t, UnavailableReason.TIMEOUT);
    assertThat(down.unavailableReason()).contains(UnavailableReason.TIMEOUT);
    assertThat(down.evidenceRef().value()).startsWith("zb:timeout:");
    assertThatThrownBy(() -> new Verification(VerificationOutcome.MATCH, ChannelId.PUBLIC_SECURITY_ID, t,
        EvidenceRef.of("r"), Optional.of(UnavailableReason.TIMEOUT))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Verification.decided(VerificationOutcome.UNAVAILABLE, ChannelId.PUBLIC_SECURITY_ID, t,
        EvidenceRef.of("r"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new IdentityDocument(DocumentType.RESIDENT_ID, PERSON.number()).toString()).doesNotContain(PERSON.number());
  }
}
