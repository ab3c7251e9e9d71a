package io.github.zhibo.identity.report;

import io.github.zhibo.core.regulation.ReportSection;
import io.github.zhibo.core.regulation.LegalText;
import io.github.zhibo.core.party.PartyField;

/**
 * Column headers of the report: the term of the article in Chinese, then English in brackets, e.g.
 * {@code 统一社会信用代码 (Unified social credit code)}. Where the two texts word a field differently (直播账号 vs
 * 直播间账号) or a section names the person only (姓名), the header follows the text.
 */
public final class ReportColumns {

  private ReportColumns() {}

  /** The header of {@code field} in {@code section} under {@code text}. */
  public static String header(PartyField field, ReportSection section, LegalText text) {
    return chinese(field, section, text) + " (" + english(field) + ")";
  }

  /** The Chinese term. */
  public static String chinese(PartyField field, ReportSection section, LegalText text) {
    switch (field) {
      case NAME:
        return section == ReportSection.UNREGISTERED_OPERATORS || section == ReportSection.MARKETERS
            ? "姓名" : "名称（姓名）";
      case USCC:
        return "统一社会信用代码";
      case ID_NUMBER:
        return "身份证件号码";
      case ACTUAL_BUSINESS_ADDRESS:
        return "实际经营地址";
      case DOMICILE_OR_MAIN_BUSINESS_PLACE:
        return "住所或者主要经营场所";
      case HABITUAL_RESIDENCE:
        return "经常居住地址";
      case CONTACT:
        return "联系方式";
      case LIVE_ACCOUNT:
        return text == LegalText.DRAFT_2025 ? "直播间账号" : "直播账号";
      case AGENCY:
        return "所属直播营销人员服务机构";
      case PROFESSIONAL_QUALIFICATION:
        return "与直播营销相关的专业资质";
      case OCCUPATION_OR_POSITION:
        return "职业职务";
      case ADMINISTRATIVE_LICENCE:
        return "行政许可";
      default:
        throw new IllegalStateException("unhandled field " + field);
    }
  }

  /** The English term. */
  public static String english(PartyField field) {
    switch (field) {
      case NAME:
        return "Name";
      case USCC:
        return "Unified social credit code";
      case ID_NUMBER:
        return "Identity document number";
      case ACTUAL_BUSINESS_ADDRESS:
        return "Actual business address";
      case DOMICILE_OR_MAIN_BUSINESS_PLACE:
        return "Domicile or main place of business";
      case HABITUAL_RESIDENCE:
        return "Habitual residence";
      case CONTACT:
        return "Contact";
      case LIVE_ACCOUNT:
        return "Live account";
      case AGENCY:
        return "Marketer agency";
      case PROFESSIONAL_QUALIFICATION:
        return "Professional qualifications";
      case OCCUPATION_OR_POSITION:
        return "Occupation or position";
      case ADMINISTRATIVE_LICENCE:
        return "Administrative licences";
      default:
        throw new IllegalStateException("unhandled field " + field);
    }
  }
}
