package io.github.zhibo.core.party;

/**
 * A party the regulation places duties on. Implementations are immutable records whose {@code toString()}
 * masks identity numbers and omits addresses and contacts, so a party is safe to log.
 */
public sealed interface Party permits Platform, LiveRoomOperator, MarketerAgency, Marketer, Seller {

  /** The platform's own id of the party. */
  PartyId id();

  /** Which of the regulation's parties this is. */
  PartyRole role();

  /** The registered name (名称) or a person's name (姓名). */
  String name();
}
