package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * A penalty article's pointer to another law (依照《…》第X条的规定进行处罚). The fine then comes from
 * that law, which zhibo does not carry, so a referral never states an amount.
 *
 * @param law the law referred to
 * @param article the article of that law, or 0 when the text names the law only
 * @param paragraph the paragraph (款), or 0 for the whole article
 */
public record Referral(Law law, int article, int paragraph) {

  /** The laws and rules the penalty chapters refer to. */
  public enum Law {
    /** 《中华人民共和国电子商务法》. */
    E_COMMERCE_LAW,
    /** 《中华人民共和国价格法》. */
    PRICE_LAW,
    /** 《价格违法行为行政处罚规定》. */
    PRICE_VIOLATION_PENALTY_PROVISIONS,
    /** 《中华人民共和国反不正当竞争法》. */
    ANTI_UNFAIR_COMPETITION_LAW,
    /** 《中华人民共和国广告法》. */
    ADVERTISING_LAW,
    /** 《中华人民共和国消费者权益保护法实施条例》. */
    CONSUMER_PROTECTION_IMPLEMENTING_REGULATIONS,
    /** 《网络交易监督管理办法》. */
    ONLINE_TRADE_SUPERVISION_MEASURES,
    /** 《中华人民共和国网络安全法》. */
    CYBERSECURITY_LAW,
    /** 《互联网信息服务管理办法》. */
    INTERNET_INFORMATION_SERVICES_MEASURES
  }

  public Referral {
    Objects.requireNonNull(law, "law");
    if (article < 0 || paragraph < 0 || (article == 0 && paragraph != 0)) {
      throw new IllegalArgumentException("article and paragraph must be >= 0, a paragraph needs an article");
    }
  }

  @Override
  public String toString() {
    return law + (article == 0 ? "" : " Art. " + article + (paragraph == 0 ? "" : "(" + paragraph + ")"));
  }
}
