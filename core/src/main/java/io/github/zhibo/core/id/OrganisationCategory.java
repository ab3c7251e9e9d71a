package io.github.zhibo.core.id;

import static io.github.zhibo.core.id.RegistrationAuthority.AGRICULTURE;
import static io.github.zhibo.core.id.RegistrationAuthority.CIVIL_AFFAIRS;
import static io.github.zhibo.core.id.RegistrationAuthority.CULTURE;
import static io.github.zhibo.core.id.RegistrationAuthority.FOREIGN_AFFAIRS;
import static io.github.zhibo.core.id.RegistrationAuthority.HOUSING;
import static io.github.zhibo.core.id.RegistrationAuthority.INSTITUTIONAL_ESTABLISHMENT;
import static io.github.zhibo.core.id.RegistrationAuthority.JUSTICE;
import static io.github.zhibo.core.id.RegistrationAuthority.MARKET_REGULATION;
import static io.github.zhibo.core.id.RegistrationAuthority.MILITARY_ESTABLISHMENT;
import static io.github.zhibo.core.id.RegistrationAuthority.OTHER;
import static io.github.zhibo.core.id.RegistrationAuthority.PUBLIC_SECURITY;
import static io.github.zhibo.core.id.RegistrationAuthority.RELIGIOUS_AFFAIRS;
import static io.github.zhibo.core.id.RegistrationAuthority.TOURISM;
import static io.github.zhibo.core.id.RegistrationAuthority.TRADE_UNION;

import java.util.Optional;

/**
 * The second character of a USCC (机构类别代码), which is only meaningful together with the authority. A
 * pair missing here is a warning ({@link IdWarning#UNKNOWN_ORGANISATION_CATEGORY}); the categories of 侨联
 * (Q) are unpublished and therefore always give that warning.
 */
public enum OrganisationCategory {
  STATE_ORGAN(INSTITUTIONAL_ESTABLISHMENT, '1', "机关"),
  PUBLIC_INSTITUTION(INSTITUTIONAL_ESTABLISHMENT, '2', "事业单位"),
  ESTABLISHMENT_MASS_ORGANISATION(INSTITUTIONAL_ESTABLISHMENT, '3', "中央编办直接管理机构编制的群众团体"),
  ESTABLISHMENT_OTHER(INSTITUTIONAL_ESTABLISHMENT, '9', "其他"),
  FOREIGN_PRESS_AGENCY(FOREIGN_AFFAIRS, '1', "外国常驻新闻机构"),
  FOREIGN_AFFAIRS_OTHER(FOREIGN_AFFAIRS, '9', "其他"),
  LAW_FIRM(JUSTICE, '1', "律师执业机构"),
  NOTARY_OFFICE(JUSTICE, '2', "公证处"),
  GRASSROOTS_LEGAL_SERVICE(JUSTICE, '3', "基层法律服务所"),
  FORENSIC_EXPERTISE(JUSTICE, '4', "司法鉴定机构"),
  ARBITRATION_COMMISSION(JUSTICE, '5', "仲裁委员会"),
  COMMERCIAL_MEDIATION(JUSTICE, '6', "商事调解组织"),
  JUSTICE_OTHER(JUSTICE, '9', "其他"),
  FOREIGN_CULTURAL_CENTRE(CULTURE, '1', "外国在华文化中心"),
  CULTURE_OTHER(CULTURE, '9', "其他"),
  SOCIAL_ORGANISATION(CIVIL_AFFAIRS, '1', "社会团体"),
  PRIVATE_NON_ENTERPRISE(CIVIL_AFFAIRS, '2', "民办非企业单位"),
  FOUNDATION(CIVIL_AFFAIRS, '3', "基金会"),
  VILLAGERS_COMMITTEE(CIVIL_AFFAIRS, '4', "村民委员会"),
  RESIDENTS_COMMITTEE(CIVIL_AFFAIRS, '5', "居民委员会"),
  CIVIL_AFFAIRS_OTHER(CIVIL_AFFAIRS, '9', "其他"),
  FOREIGN_TOURISM_OFFICE(TOURISM, '1', "外国政府旅游部门常驻代表机构"),
  HMT_TOURISM_OFFICE(TOURISM, '2', "港澳台地区旅游部门常驻代表机构"),
  TOURISM_OTHER(TOURISM, '9', "其他"),
  PLACE_OF_WORSHIP(RELIGIOUS_AFFAIRS, '1', "宗教活动场所"),
  RELIGIOUS_COLLEGE(RELIGIOUS_AFFAIRS, '2', "宗教院校"),
  RELIGIOUS_OTHER(RELIGIOUS_AFFAIRS, '9', "其他"),
  GRASSROOTS_TRADE_UNION(TRADE_UNION, '1', "基层工会"),
  NON_CORPORATE_TRADE_UNION(TRADE_UNION, '2', "非法人工会组织"),
  TRADE_UNION_OTHER(TRADE_UNION, '9', "其他"),
  ENTERPRISE(MARKET_REGULATION, '1', "企业"),
  INDIVIDUAL_BUSINESS(MARKET_REGULATION, '2', "个体工商户"),
  FARMERS_COOPERATIVE(MARKET_REGULATION, '3', "农民专业合作社"),
  MARKET_REGULATION_OTHER(MARKET_REGULATION, '9', "其他"),
  MILITARY_PUBLIC_INSTITUTION(MILITARY_ESTABLISHMENT, '1', "军队事业单位"),
  MILITARY_OTHER(MILITARY_ESTABLISHMENT, '9', "其他"),
  OVERSEAS_NGO_OFFICE(PUBLIC_SECURITY, '1', "境外非政府组织代表机构"),
  PUBLIC_SECURITY_OTHER(PUBLIC_SECURITY, '9', "其他"),
  OWNERS_ASSEMBLY(HOUSING, '1', "业主大会"),
  HOUSING_OTHER(HOUSING, '9', "其他"),
  GROUP_COLLECTIVE(AGRICULTURE, '1', "组级集体经济组织"),
  VILLAGE_COLLECTIVE(AGRICULTURE, '2', "村级集体经济组织"),
  TOWNSHIP_COLLECTIVE(AGRICULTURE, '3', "乡镇级集体经济组织"),
  AGRICULTURE_OTHER(AGRICULTURE, '9', "其他"),
  OTHER_ORGANISATION(OTHER, '1', "其他");

  private final RegistrationAuthority authority;
  private final char code;
  private final String chineseName;

  OrganisationCategory(RegistrationAuthority authority, char code, String chineseName) {
    this.authority = authority;
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The authority this category belongs to. */
  public RegistrationAuthority authority() {
    return authority;
  }

  /** The USCC character (second position). */
  public char code() {
    return code;
  }

  /** The Chinese name of the category. */
  public String chineseName() {
    return chineseName;
  }

  /** The category for this authority and category character, if the pair is in the bundled table. */
  public static Optional<OrganisationCategory> of(char authority, char category) {
    for (OrganisationCategory c : values()) {
      if (c.authority.code() == authority && c.code == category) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
