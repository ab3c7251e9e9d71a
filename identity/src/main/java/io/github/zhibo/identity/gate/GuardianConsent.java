package io.github.zhibo.identity.gate;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.identity.channel.EvidenceRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A guardian's consent on file for a marketer aged 16 to 18 (监护人同意; 《网络直播营销管理办法（试行）》 Art. 17).
 *
 * @param marketer whom the consent is for
 * @param consentRef the platform's reference of the signed consent
 * @param givenOn the day it was given
 * @param validUntil the last day it is valid, if limited
 */
public record GuardianConsent(PartyId marketer, EvidenceRef consentRef, LocalDate givenOn,
    Optional<LocalDate> validUntil) {

  /** Validates the parts; a consent cannot end before it was given. */
  public GuardianConsent {
    Objects.requireNonNull(marketer, "marketer");
    Objects.requireNonNull(consentRef, "consentRef");
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(validUntil, "validUntil");
    if (validUntil.isPresent() && validUntil.get().isBefore(givenOn)) {
      throw new IllegalArgumentException("a consent cannot end before it was given");
    }
  }

  /** Whether it is in force on {@code day} for {@code marketer}. */
  public boolean coversOn(PartyId marketer, LocalDate day) {
    return this.marketer.equals(marketer) && !givenOn.isAfter(day) && validUntil.map(u -> !u.isBefore(day)).orElse(true);
  }
}
