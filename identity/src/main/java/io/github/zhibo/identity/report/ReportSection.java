package io.github.zhibo.identity.report;

import io.github.zhibo.core.regulation.ReportCategory;
import java.util.Objects;

/**
 * A section of the January/July report, one per category of Art. 9 ¶1; the ids are the file and sheet names
 * of DESIGN.md 5.4. Which sections a report has is the profile's: three in ORDER_117, four in DRAFT_2025
 * (adding sellers, Art. 9(4)).
 */
public enum ReportSection {
  /** 已办理经营主体登记的直播间运营者. */
  REGISTERED_OPERATORS(ReportCategory.Party.REGISTERED_ROOM_OPERATOR),
  /** 未办理经营主体登记的直播间运营者. */
  UNREGISTERED_OPERATORS(ReportCategory.Party.UNREGISTERED_ROOM_OPERATOR),
  /** 直播营销人员. */
  MARKETERS(ReportCategory.Party.MARKETER),
  /** 平台内经营者 (draft only). */
  SELLERS(ReportCategory.Party.SELLER);

  private final ReportCategory.Party party;

  ReportSection(ReportCategory.Party party) {
    this.party = party;
  }

  /** The profile's category this section reports. */
  public ReportCategory.Party party() {
    return party;
  }

  /** The section that reports {@code party}. */
  public static ReportSection of(ReportCategory.Party party) {
    Objects.requireNonNull(party, "party");
    for (ReportSection s : values()) {
      if (s.party == party) {
        return s;
      }
    }
    throw new IllegalArgumentException("no section for " + party);
  }

  /** The CSV file name of this section: {@code SECTION.csv}. */
  public String csvFileName() {
    return name() + ".csv";
  }
}
