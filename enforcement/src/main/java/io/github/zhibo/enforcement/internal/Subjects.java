package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.party.PartyId;

/** Maps a party id to a ledger subject: {@code party:<id>}, with {@code :} (not allowed in a body) as {@code ~}. */
final class Subjects {
  private Subjects() {}

  /**
   * @throws IllegalArgumentException if the id looks like a raw phone or identity number (the ledger refuses it)
   */
  static SubjectRef of(PartyId id) {
    return SubjectRef.of("party:" + id.value().replace(':', '~'));
  }
}
