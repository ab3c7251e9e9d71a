package io.github.zhibo.training;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The yearly study (年度学习) an agency or room operator attended: the days of the sessions the platform
 * organised (online courses on e-commerce and network-transaction law, Art. 10 ¶2 of either text).
 *
 * @param party the platform's id of the agency or operator
 * @param role its role
 * @param attendedOn the days it attended a study session, in any order
 */
public record StudyRecord(PartyId party, PartyRole role, List<LocalDate> attendedOn) {

  /** Validates the parts. */
  public StudyRecord {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    attendedOn = List.copyOf(attendedOn);
  }
}
