package io.github.zhibo.identity.archive;

import io.github.zhibo.core.party.PartyRole;

/** The role a registration record is kept for (the {@code role} field of DESIGN.md 5.4). */
public enum ArchiveRole {
  /** A live-room operator (直播间运营者). */
  OPERATOR(PartyRole.LIVE_ROOM_OPERATOR),
  /** A marketer (直播营销人员). */
  MARKETER(PartyRole.MARKETER),
  /** An in-platform seller (平台内经营者); only the draft's report lists sellers. */
  SELLER(PartyRole.SELLER);

  private final PartyRole partyRole;

  ArchiveRole(PartyRole partyRole) {
    this.partyRole = partyRole;
  }

  /** The core party role, as the profile's re-verification subjects name it. */
  public PartyRole partyRole() {
    return partyRole;
  }
}
