package io.github.zhibo.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A work requirement (工作要求) a regulator sent the platform, which Art. 10 ¶2 of either text says it must
 * pass on promptly (及时通报) to agencies and, under Order 117, room operators.
 *
 * @param id the platform's id of the bulletin ({@code [A-Za-z0-9._-]{1,64}})
 * @param issuer who sent it, as a code (e.g. {@code SAMR_PROVINCIAL}, {@code CAC_COUNTY})
 * @param receivedOn the day the platform received it
 */
public record RegulatorBulletin(String id, String issuer, LocalDate receivedOn) {
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Validates the parts. */
  public RegulatorBulletin {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (!CODE.matcher(id).matches() || !CODE.matcher(issuer).matches()) {
      throw new IllegalArgumentException("bulletin id and issuer are codes of 1-64 characters of A-Za-z0-9._-");
    }
  }
}
