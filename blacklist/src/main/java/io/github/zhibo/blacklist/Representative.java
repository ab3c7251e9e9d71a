package io.github.zhibo.blacklist;

import io.github.zhibo.core.party.DocumentType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's legal representative (法定代表人) as a screening record names them. Every part is
 * optional, as it arrives.
 *
 * @param name the name as typed
 * @param idType the kind of identity document, if stated
 * @param idNumber the document number as typed (personal data: never logged)
 * @param birthDate the birth date, if known (otherwise taken from a resident ID)
 * @param nationality the nationality code, if known
 */
public record Representative(@Nullable String name, @Nullable DocumentType idType, @Nullable String idNumber,
    @Nullable LocalDate birthDate, @Nullable String nationality) {

  /** A representative known by name and document. */
  public static Representative of(String name, DocumentType idType, String idNumber) {
    return new Representative(name, idType, idNumber, null, null);
  }

  /** Masked: the parts present, never their values. */
  @Override
  public String toString() {
    return "Representative[name=" + present(name) + ", idType=" + idType + ", idNumber=" + present(idNumber) + "]";
  }

  static String present(@Nullable Object o) {
    return o == null ? "absent" : "***";
  }
}
