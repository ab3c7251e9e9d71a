package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every obligation resolves, per profile, to a paragraph that exists in that text and says what the
 * obligation is about (a keyword of the paragraph's own wording), or is absent exactly where the text has no
 * such duty.
 */
class ObligationTest {

  private static final Pattern ARTICLE =
      Pattern.compile("^(?:\\[bookmark:[^\\]]*\\])?第([〇零一二三四五六七八九十百]+)条[\\s\\p{Z}]*(.*)$");

  /** A phrase each obligation's paragraph contains, in both texts (alternatives with |). */
  private static final Map<Obligation, String> KEYWORD = new EnumMap<>(Map.ofEntries(
      Map.entry(Obligation.PLATFORM_MECHANISMS, "机制"), Map.entry(Obligation.PLATFORM_RULES, "规则"),
      Map.entry(Obligation.IDENTITY_REGISTRATION, "核验"), Map.entry(Obligation.REVERIFY_OPERATOR, "核验"),
      Map.entry(Obligation.REVERIFY_MARKETER, "核验"), Map.entry(Obligation.PRE_LIVE_IDENTITY_CHECK, "动态核验"),
      Map.entry(Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY, "每次直播前"),
      Map.entry(Obligation.SEMIANNUAL_REPORT, "七月|7月"), Map.entry(Obligation.MARKETER_TRAINING, "培训"),
      Map.entry(Obligation.YEARLY_STUDY, "每年"), Map.entry(Obligation.TIERED_MANAGEMENT, "分级"),
      Map.entry(Obligation.KEY_SUBJECT_MONITORING, "重点|关注用户多"), Map.entry(Obligation.CREDIT_EVALUATION, "信用"),
      Map.entry(Obligation.DISPOSAL_SYSTEM, "处置"), Map.entry(Obligation.DISPOSAL_ON_NOTICE, "通报|第七条"),
      Map.entry(Obligation.MEASURE_REPORTING, "报告"), Map.entry(Obligation.MEASURE_RECORDS, "记录"),
      Map.entry(Obligation.RISK_MONITORING, "风险识别"), Map.entry(Obligation.BLACKLIST, "黑名单"),
      Map.entry(Obligation.BLACKLIST_NOTICE, "告知"), Map.entry(Obligation.BLACKLIST_APPEAL, "申诉"),
      Map.entry(Obligation.BLACKLIST_REENTRY, "账号"), Map.entry(Obligation.BLACKLIST_EXPIRY, "移出"),
      Map.entry(Obligation.BLACKLIST_SHARING, "共享"), Map.entry(Obligation.CHANGE_REPORT, "三个工作日|3个工作日"),
      Map.entry(Obligation.PLATFORM_CHANGE_CHECK, "七个工作日"),
      Map.entry(Obligation.UNREACHABLE_PARTY, "五个工作日|5个工作日"), Map.entry(Obligation.UNREACHABLE_PARTY_LIFT, "解除"),
      Map.entry(Obligation.AGENCY_DISPLAY, "服务机构的登记注册名称"), Map.entry(Obligation.TRANSACTION_RECORDS, "交易"),
      Map.entry(Obligation.BUYER_REPLAY, "回放"), Map.entry(Obligation.AI_MISUSE_PREVENTION, "人工智能"),
      Map.entry(Obligation.COMPLAINT_HANDLING, "投诉"), Map.entry(Obligation.COMPLAINT_CONCENTRATION, "集中"),
      Map.entry(Obligation.VERIFIED_COMPLAINTS, "核查属实"), Map.entry(Obligation.REGULATOR_COOPERATION, "配合"),
      Map.entry(Obligation.INTERVIEW_REFUSAL_REPORT, "约谈"),
      Map.entry(Obligation.REMEDY_ROUTE, "救济途径"), Map.entry(Obligation.CONSUMER_ORDER_ARRANGEMENTS, "订单"),
      Map.entry(Obligation.UNREACHABLE_PARTY_MEASURE, "处置措施"),
      Map.entry(Obligation.OPERATOR_DISCLOSURE, "统一社会信用代码"), Map.entry(Obligation.NATURAL_PERSON_DISCLOSURE, "自然人"),
      Map.entry(Obligation.SELLER_DISCLOSURE, "持续"), Map.entry(Obligation.SELLER_LINK, "链接标识"),
      Map.entry(Obligation.SELECTION_REVIEW, "核验|审核查验"), Map.entry(Obligation.MARKETER_VERIFICATION, "专业资质"),
      Map.entry(Obligation.PRODUCT_INFORMATION, "名称|品名"), Map.entry(Obligation.PRICE_COMPARISON, "被比较价格|折扣"),
      Map.entry(Obligation.NO_FALSE_PROMOTION, "虚假"), Map.entry(Obligation.ROOM_ELEMENTS, "封面"),
      Map.entry(Obligation.INTERACTION_MANAGEMENT, "互动内容"), Map.entry(Obligation.PRE_LIVE_CONTENT_REVIEW, "审核"),
      Map.entry(Obligation.ON_SITE_CORRECTION, "纠正|纠错"), Map.entry(Obligation.AI_LABEL, "人工智能"),
      Map.entry(Obligation.AGENCY_MARKETER_MANAGEMENT, "培训"), Map.entry(Obligation.AGENCY_SELECTION_REVIEW, "选品"),
      Map.entry(Obligation.AGENCY_OPERATOR_VERIFICATION, "核验直播间运营者")));

  private static final Set<Obligation> ONLY_IN_DRAFT = EnumSet.of(
      Obligation.REVERIFY_MARKETER, Obligation.AGENCY_DISPLAY, Obligation.BUYER_REPLAY, Obligation.INTERVIEW_REFUSAL_REPORT);
  private static final Set<Obligation> ONLY_IN_ORDER_117 = EnumSet.of(
      Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY, Obligation.CREDIT_EVALUATION, Obligation.BLACKLIST_NOTICE,
      Obligation.BLACKLIST_APPEAL, Obligation.BLACKLIST_EXPIRY, Obligation.PLATFORM_CHANGE_CHECK,
      Obligation.AGENCY_OPERATOR_VERIFICATION, Obligation.REMEDY_ROUTE, Obligation.CONSUMER_ORDER_ARRANGEMENTS);

  @Test
  void everyObligationHasAKeyword() {
    assertThat(KEYWORD.keySet()).containsExactlyInAnyOrder(Obligation.values());
  }

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void eachObligationResolvesToAParagraphThatSaysIt(LegalText text) throws IOException {
    RegulationProfile profile = RegulationProfiles.get(ProfileId.of(text.name()));
    Map<String, String> paragraphs = paragraphs(text);
    for (Obligation o : Obligation.values()) {
      boolean expectedAbsent = text == LegalText.ORDER_117 ? ONLY_IN_DRAFT.contains(o) : ONLY_IN_ORDER_117.contains(o);
      if (expectedAbsent) {
        assertThat(profile.article(o)).as("%s %s", text, o).isEmpty();
        assertThat(profile.imposes(o)).isFalse();
        continue;
      }
      ArticleRef ref = profile.requireArticle(o);
      assertThat(ref.text()).isEqualTo(text);
      String paragraph = paragraphs.get(ref.article() + "(" + Math.max(1, ref.paragraph()) + ")");
      assertThat(paragraph).as("%s %s -> %s exists", text, o, ref).isNotNull();
      assertThat(Pattern.compile(KEYWORD.get(o)).matcher(paragraph).find())
          .as("%s %s -> %s says %s", text, o, ref, KEYWORD.get(o)).isTrue();
    }
  }

  @Test
  void draftOnlyAndOrderOnlyDutiesAreWhereTheTextsPutThem() {
    var order = RegulationProfiles.get(ProfileId.ORDER_117);
    var draft = RegulationProfiles.get(ProfileId.DRAFT_2025);
    assertThat(draft.requireArticle(Obligation.AGENCY_DISPLAY)).hasToString("DRAFT_2025 Art. 16(1)");
    assertThat(draft.requireArticle(Obligation.BUYER_REPLAY)).hasToString("DRAFT_2025 Art. 19(2)");
    assertThat(order.requireArticle(Obligation.BLACKLIST_NOTICE)).hasToString("ORDER_117 Art. 14(2)");
    assertThat(order.requireArticle(Obligation.SELLER_DISCLOSURE)).hasToString("ORDER_117 Art. 26(1)");
    assertThat(draft.requireArticle(Obligation.SELLER_DISCLOSURE)).hasToString("DRAFT_2025 Art. 23(1)");
    assertThat(order.requireArticle(Obligation.PRICE_COMPARISON)).hasToString("ORDER_117 Art. 32(1)");
    assertThat(order.obligations()).hasSize(Obligation.values().length - ONLY_IN_DRAFT.size());
  }

  @Test
  void askingForADutyTheTextLacks_isATypedError() {
    var order = RegulationProfiles.get(ProfileId.ORDER_117);
    assertThatThrownBy(() -> order.requireArticle(Obligation.AGENCY_DISPLAY))
        .isInstanceOf(ObligationNotInTextException.class)
        .hasMessageStartingWith("ZB-REG-0011")
        .satisfies(e -> assertThat(((ObligationNotInTextException) e).obligation()).isEqualTo(Obligation.AGENCY_DISPLAY));
  }

  @Test
  void aDerivedProfileResolvesAsItsBase_andCannotRemapAnObligation() {
    var base = RegulationProfiles.get(ProfileId.ORDER_117);
    var strict = RegulationProfiles.derive("acme.properties", new StringReader(
        "profile.format=1\nprofile.id=ACME_STRICT\nprofile.version=1\nprofile.basedOn=ORDER_117\nreverification.interval=P3M\n"));
    assertThat(strict.obligations()).isEqualTo(base.obligations());
    assertThatThrownBy(() -> RegulationProfiles.derive("bad.properties", new StringReader(
        "profile.format=1\nprofile.id=ACME_BAD\nprofile.version=1\nprofile.basedOn=ORDER_117\nobligation.AI_LABEL=26(1)\n")))
        .isInstanceOf(RegulationProfileException.class)
        .hasMessageContaining("ZB-REG-0008");
  }

  /** "article(paragraph)" -> paragraph text; item lines belong to the paragraph above them. */
  private static Map<String, String> paragraphs(LegalText text) throws IOException {
    String name = text == LegalText.ORDER_117 ? "order-117-final.zh.txt" : "draft-2025-consultation.zh.txt";
    String all;
    try (InputStream in = ObligationTest.class.getResourceAsStream("texts/" + name)) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var out = new HashMap<String, String>();
    int article = 0;
    int paragraph = 0;
    for (String raw : all.lines().toList()) {
      String line = raw.strip();
      var m = ARTICLE.matcher(line);
      if (m.find()) {
        article = LegalTextCatalogueTest.chineseNumber(m.group(1));
        paragraph = 1;
        out.put(article + "(1)", m.group(2));
      } else if (article > 0 && !line.isEmpty() && !line.matches("^第.+章.*")) {
        if (line.startsWith("（")) {
          out.merge(article + "(" + paragraph + ")", line, String::concat);
        } else {
          out.put(article + "(" + ++paragraph + ")", line);
        }
      }
    }
    return out;
  }
}
