package io.github.zhibo.core.regulation;

/**
 * What a rule enforces, named independently of any text's numbering. Feature code names the obligation;
 * the profile resolves it to the article and paragraph of its own text ({@link
 * RegulationProfile#article(Obligation)}), or says that its text has no such obligation. So no feature
 * module ever writes an article number, and a derived profile resolves exactly as its base.
 *
 * <p>The catalogue follows {@code OBLIGATIONS.md} (Part B): one constant per duty that a component checks,
 * records or schedules. Where the two texts split or merge a duty, the constant follows the finer split.
 */
public enum Obligation {
  // ---- platform (直播电商平台经营者) ----
  /** Management mechanisms for accounts, transactions, quality, consumers, data (draft 6(1); Order 117 6). */
  PLATFORM_MECHANISMS,
  /** Publish a service agreement and trading rules (平台规则; draft 6(2); Order 117 7(1)). */
  PLATFORM_RULES,
  /** Collect, verify and register the identity of room operators (and, in the draft, marketers). */
  IDENTITY_REGISTRATION,
  /** Periodic re-verification of room operators' registered identity (定期核验更新). */
  REVERIFY_OPERATOR,
  /** Periodic re-verification of marketers: the draft only (Art. 8 ¶1 names both parties). */
  REVERIFY_MARKETER,
  /** Dynamic real-identity check of marketers before each live (真实身份动态核验). */
  PRE_LIVE_IDENTITY_CHECK,
  /** The room operator verifies marketers and reports them before the first/each live (Order 117 8(2), 28). */
  OPERATOR_REPORTS_MARKETER_IDENTITY,
  /** The January and July identity report to the provincial SAMR (报送身份信息). */
  SEMIANNUAL_REPORT,
  /** Training of marketers: before the first live and yearly (培训机制). */
  MARKETER_TRAINING,
  /** Yearly study for agencies (draft) or room operators and agencies (Order 117). */
  YEARLY_STUDY,
  /** Tiered management of room operators (分级分类管理). */
  TIERED_MANAGEMENT,
  /** Monitoring of key room operators (重点直播间运营者). */
  KEY_SUBJECT_MONITORING,
  /** Credit-evaluation inputs (经营异常名录, 严重违法失信名单…): Order 117 11(2) only, encouraged. */
  CREDIT_EVALUATION,
  /** The disposal system for violations (违法行为处置制度) and its measures. */
  DISPOSAL_SYSTEM,
  /** Measures after a regulator's verified notice (通报). */
  DISPOSAL_ON_NOTICE,
  /** State a remedy route (救济途径) for the measures in the platform rules (Order 117 12(1) only). */
  REMEDY_ROUTE,
  /** Arrange affected consumers' orders, after-sales and disputes when a measure hits them (Order 117 23 only). */
  CONSUMER_ORDER_ARRANGEMENTS,
  /** Keep records of measures taken and report them to the regulators. */
  MEASURE_REPORTING,
  /** Use recorded measures when evaluating compliance (作为评价…合规情况的依据). */
  MEASURE_RECORDS,
  /** Risk identification, dynamic monitoring and real-time patrol (风险识别). */
  RISK_MONITORING,
  /** Keep a blacklist (黑名单制度) and, in the draft, report listings. */
  BLACKLIST,
  /** Tell the listed subject the facts, reasons, basis, term and appeal route (Order 117 14(2)). */
  BLACKLIST_NOTICE,
  /** Review the subject's appeal and tell it the result (Order 117 14(2)). */
  BLACKLIST_APPEAL,
  /** Stop listed subjects coming back through new accounts, re-applications or migration. */
  BLACKLIST_REENTRY,
  /** Remove at the end of the term and lift the related measures (Order 117 14(3)). */
  BLACKLIST_EXPIRY,
  /** Sharing blacklist information between platforms (encouraged). */
  BLACKLIST_SHARING,
  /** Operators' change report within 3 working days (信息发生变更). */
  CHANGE_REPORT,
  /** The platform verifies a reported change and updates the display (Order 117 15 only). */
  PLATFORM_CHANGE_CHECK,
  /** Parties unreachable at their address: remind, then act (draft 15; Order 117 22). */
  UNREACHABLE_PARTY,
  /** Measures against a reminded party that still has not updated (draft 15(2) 可以; Order 117 22(3) 应当). */
  UNREACHABLE_PARTY_MEASURE,
  /** Lift measures once an unreachable party has updated (Order 117 22(4)). */
  UNREACHABLE_PARTY_LIFT,
  /** Show the agency's registered name and province and city (draft 16 only). */
  AGENCY_DISPLAY,
  /** Transaction records and retention of live content (draft 17, 19(1); Order 117 16). */
  TRANSACTION_RECORDS,
  /** The buyer's replay of the live behind an order (draft 19(2) only). */
  BUYER_REPLAY,
  /** Prevent AI-generated false information and impersonation (draft 18; Order 117 17). */
  AI_MISUSE_PREVENTION,
  /** Complaint channels, process and feedback deadlines. */
  COMPLAINT_HANDLING,
  /** Measures for rooms with concentrated complaints (投诉集中). */
  COMPLAINT_CONCENTRATION,
  /** Verified complaints as compliance evidence. */
  VERIFIED_COMPLAINTS,
  /** Cooperate with and provide data to regulators. */
  REGULATOR_COOPERATION,
  /** Report the disposal after a refused interview copied to the platform (draft 45(3) only). */
  INTERVIEW_REFUSAL_REPORT,
  // ---- live-room operator (直播间运营者) ----
  /** Organisation operators disclose name, USCC, address, licences (draft 22(1); Order 117 25(1)). */
  OPERATOR_DISCLOSURE,
  /** Natural-person operators: back office (draft 22(2)) or public disclosure (Order 117 25(2)). */
  NATURAL_PERSON_DISCLOSURE,
  /** Continuous disclosure of the actual seller (实际销售商品…的经营者). */
  SELLER_DISCLOSURE,
  /** The rules a seller-information link must follow. */
  SELLER_LINK,
  /** Vet goods and the actual seller before selling (准入把关 / 核验). */
  SELECTION_REVIEW,
  /** Verify marketers' identity, qualifications and occupation, and keep the records. */
  MARKETER_VERIFICATION,
  /** Show product name and specification, or service content (and, Order 117, price and unit). */
  PRODUCT_INFORMATION,
  /** Compared price, actual price and discount rate or reduction (比价、折价、减价). */
  PRICE_COMPARISON,
  /** No false or misleading promotion (虚假或者引人误解的商业宣传). */
  NO_FALSE_PROMOTION,
  /** Account name, avatar, intro, title, cover, set and props must be lawful and not mislead. */
  ROOM_ELEMENTS,
  /** Real-time management of interactive content. */
  INTERACTION_MANAGEMENT,
  /** Pre-live compliance review of content, clothing, set and props (draft 34 agency; Order 117 30 operator). */
  PRE_LIVE_CONTENT_REVIEW,
  /** On-the-spot correction of slips, with records (draft 35 agency; Order 117 31(1) operator). */
  ON_SITE_CORRECTION,
  /** Label AI-generated persons (人工智能生成的人物图像、视频). */
  AI_LABEL,
  // ---- agency (直播营销人员服务机构) ----
  /** The agency trains, manages and guides its marketers. */
  AGENCY_MARKETER_MANAGEMENT,
  /** The agency's selection review and its records (draft 33; Order 117 45). */
  AGENCY_SELECTION_REVIEW,
  /** The agency verifies the room operators it works with, under a written agreement (Order 117 43). */
  AGENCY_OPERATOR_VERIFICATION
}
