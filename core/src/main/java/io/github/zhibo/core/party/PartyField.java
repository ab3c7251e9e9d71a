package io.github.zhibo.core.party;

/**
 * A piece of information about a party that a text requires to be registered (Art. 8), reported (Art. 9) or
 * disclosed (draft Art. 22, Order 117 Art. 25). Which fields each purpose needs is profile data.
 */
public enum PartyField {
  /** 名称（姓名）. */
  NAME,
  /** 经营者姓名: the person running an individual business (Order 117 Art. 25 ¶2). */
  OPERATOR_NAME,
  /** 统一社会信用代码. */
  USCC,
  /** 身份证件号码. */
  ID_NUMBER,
  /** 统一社会信用代码（身份证件号码）: the USCC, or the identity number of an unregistered person. */
  DOCUMENT_NUMBER,
  /** 实际经营地址. */
  ACTUAL_BUSINESS_ADDRESS,
  /** 住所或者主要经营场所. */
  DOMICILE_OR_MAIN_BUSINESS_PLACE,
  /** 住所 (Order 117 Art. 25 ¶1). */
  DOMICILE,
  /** 经营场所 (Order 117 Art. 25 ¶2). */
  BUSINESS_PLACE,
  /** 地址 (draft Art. 8 ¶1). */
  ADDRESS,
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
  ADMINISTRATIVE_LICENCE,
  /** 所销售商品所需的市场准入资质 (draft Art. 8 ¶1). */
  MARKET_ACCESS_QUALIFICATION,
  /** 组成形式 (individual business: run by one person or a family). */
  ORGANISATION_FORM
}
