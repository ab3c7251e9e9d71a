package io.github.zhibo.training;

import io.github.zhibo.core.party.PartyId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agency's own training of its marketers (教育培训 / 加强培训，提醒其…应当依法履行的义务; draft Art. 31,
 * Order 117 Art. 41): for each marketer it manages, the days it trained or briefed them on their duties.
 *
 * @param agency the agency
 * @param sessions per marketer, in roster order, the days of the agency's training sessions they attended
 */
public record AgencyRoster(PartyId agency, Map<PartyId, List<LocalDate>> sessions) {

  /** Validates the parts; the roster order is kept. */
  public AgencyRoster {
    Objects.requireNonNull(agency, "agency");
    var copy = new LinkedHashMap<PartyId, List<LocalDate>>();
    Objects.requireNonNull(sessions, "sessions").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "marketer"), List.copyOf(v)));
    sessions = Collections.unmodifiableMap(copy);
  }
}
