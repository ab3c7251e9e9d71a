package io.github.zhibo.identity.archive.internal;

import io.github.zhibo.core.ledger.SubjectRef;
import io.github.zhibo.core.party.PartyId;

/** Maps a party id onto the ledger's subject reference shape. */
public final class SubjectRefs {

  private SubjectRefs() {}

  /**
   * {@code party:<id>}, with the party id's {@code :} (allowed in a party id, not in a ledger body) written as
   * {@code ~}, which a party id cannot contain, so the mapping is one-to-one.
   */
  public static SubjectRef of(PartyId party) {
    return SubjectRef.of("party:" + party.value().replace(':', '~'));
  }
}
