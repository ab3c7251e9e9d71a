package io.github.zhibo.core.regulation;

import java.util.List;
import java.util.Objects;

/**
 * One category of party in the January/July identity report, with the fields the text lists for it.
 *
 * @param party which kind of party
 * @param fields the fields, in the order the text lists them; never empty
 * @param source the item of the article that lists them
 */
public record ReportCategory(Party party, List<Field> fields, ArticleRef source) {

  /** The kinds of party a report covers. */
  public enum Party {
    /** A room operator registered as a business (已办理经营主体登记). */
    REGISTERED_ROOM_OPERATOR,
    /** A room operator without business registration. */
    UNREGISTERED_ROOM_OPERATOR,
    /** A marketer. */
    MARKETER,
    /** An in-platform seller (平台内经营者; draft only). */
    SELLER
  }

  /** The fields a report category may carry. */
  public enum Field {
    /** 名称（姓名）. */
    NAME,
    /** 统一社会信用代码. */
    USCC,
    /** 身份证件号码. */
    ID_NUMBER,
    /** 实际经营地址. */
    ACTUAL_BUSINESS_ADDRESS,
    /** 住所或者主要经营场所. */
    DOMICILE_OR_MAIN_BUSINESS_PLACE,
    /** 经常居住地址. */
    HABITUAL_RESIDENCE,
    /** 联系方式. */
    CONTACT,
    /** 直播账号 / 直播间账号. */
    LIVE_ACCOUNT,
    /** 所属直播营销人员服务机构. */
    AGENCY,
    /** 与直播营销相关的专业资质. */
    PROFESSIONAL_QUALIFICATION,
    /** 职业职务. */
    OCCUPATION_OR_POSITION,
    /** 行政许可. */
    ADMINISTRATIVE_LICENCE
  }

  public ReportCategory {
    Objects.requireNonNull(party, "party");
    fields = List.copyOf(fields);
    Objects.requireNonNull(source, "source");
    if (fields.isEmpty() || fields.size() != fields.stream().distinct().count()) {
      throw new IllegalArgumentException(party + " needs distinct, non-empty fields: " + fields);
    }
  }
}
