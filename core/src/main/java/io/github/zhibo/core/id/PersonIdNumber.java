package io.github.zhibo.core.id;

import java.time.LocalDate;
import java.time.Period;

/**
 * A natural person's identity document number (身份证件号码): what all of them encode is a birth date and a
 * sex. Age rules (e.g. 16+ for marketers) belong to the caller, via {@link #ageOn(LocalDate)}.
 */
public sealed interface PersonIdNumber extends Identifier
    permits ResidentIdNumber, LegacyResidentIdNumber, HmtResidencePermitNumber,
        ForeignPermanentResidentIdNumber {

  /** The encoded birth date. */
  LocalDate birthDate();

  /** The sex encoded by the sequence number's parity. */
  Sex sex();

  /** Full years of age on {@code date} (negative if {@code date} is before the birth date). */
  default int ageOn(LocalDate date) {
    return Period.between(birthDate(), date).getYears();
  }
}
