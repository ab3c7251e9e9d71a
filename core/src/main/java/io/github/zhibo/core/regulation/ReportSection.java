package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;

/** The sections of the January/July identity report (Art. 9), named as the report files are (DESIGN.md §5.4). */
public enum ReportSection {
  /** 已办理经营主体登记的直播间运营者. */
  REGISTERED_OPERATORS(PartyRole.LIVE_ROOM_OPERATOR),
  /** 未办理经营主体登记的直播间运营者. */
  UNREGISTERED_OPERATORS(PartyRole.LIVE_ROOM_OPERATOR),
  /** 直播营销人员. */
  MARKETERS(PartyRole.MARKETER),
  /** 平台内经营者 (draft Art. 9(4) only). */
  SELLERS(PartyRole.SELLER);

  private final PartyRole role;

  ReportSection(PartyRole role) {
    this.role = role;
  }

  /** The role of the parties the section lists. */
  public PartyRole role() {
    return role;
  }

  /** The section a party of {@code role} falls in; for operators, by whether it is registered as a market entity. */
  public static ReportSection of(PartyRole role, boolean marketEntityRegistered) {
    switch (role) {
      case LIVE_ROOM_OPERATOR:
        return marketEntityRegistered ? REGISTERED_OPERATORS : UNREGISTERED_OPERATORS;
      case MARKETER:
        return MARKETERS;
      case SELLER:
        return SELLERS;
      default:
        throw new IllegalArgumentException("no report section lists " + role);
    }
  }
}
