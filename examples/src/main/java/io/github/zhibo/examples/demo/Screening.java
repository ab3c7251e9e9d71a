package io.github.zhibo.examples.demo;

import io.github.zhibo.blacklist.ScreeningOccasion;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's seam to the blacklist module: listing, lifting and screening by pseudonymous match keys
 * (tokens of the identity document, the controlling person, the device, the account — never the raw
 * values). Implementations must be thread-safe.
 */
public interface Screening {

  /** Lists {@code subject} in {@code role} with the match keys it is known by, from {@code on}; returns the entry id. */
  String list(PartyId subject, PartyRole role, Set<String> matchKeys, LocalDate on);

  /** Lifts an entry (appeal upheld, term expired); lifting a lifted entry does nothing. */
  void lift(String entryId, LocalDate on);

  /** The id of an active entry that {@code matchKeys} hit on {@code occasion}, if any. */
  Optional<String> screen(Set<String> matchKeys, ScreeningOccasion occasion, LocalDate on);
}
