package io.github.zhibo.tiering;

import io.github.zhibo.core.regulation.Obligation;

/**
 * A room metric a tier criterion or key-subject trigger may test. Each metric names the obligation whose
 * article a criterion over it cites when it sets a tier, so explanations cite the text without any article
 * number in code.
 */
public enum Metric {
  /** Followers (关注用户). */
  FOLLOWERS("followers", MetricKind.COUNT, Obligation.TIERED_MANAGEMENT),
  /** Visits in the last 30 days (访问量). */
  VISITS_30D("visits30d", MetricKind.COUNT, Obligation.TIERED_MANAGEMENT),
  /** Transaction value in the last 30 days, in fen (交易金额 / 交易规模). */
  GMV_30D_FEN("gmv30dFen", MetricKind.COUNT, Obligation.TIERED_MANAGEMENT),
  /** Orders in the last 30 days (交易量). */
  ORDERS_30D("orders30d", MetricKind.COUNT, Obligation.TIERED_MANAGEMENT),
  /** Violations found in the last 12 months (合规情况; Order 117: 多次出现违法行为). */
  VIOLATIONS_12M("violations12m", MetricKind.COUNT, Obligation.TIERED_MANAGEMENT),
  /** Disposal measures taken in the last 12 months (处置措施 as compliance evidence). */
  MEASURES_12M("measures12m", MetricKind.COUNT, Obligation.MEASURE_RECORDS),
  /** Complaints verified as true in the last 30 days (核查属实的投诉). */
  VERIFIED_COMPLAINTS_30D("verifiedComplaints30d", MetricKind.COUNT, Obligation.VERIFIED_COMPLAINTS),
  /** Complaints per order in the last 30 days, 0..1 (the concentration measure of 投诉集中). */
  COMPLAINT_RATE_30D("complaintRate30d", MetricKind.DECIMAL, Obligation.TIERED_MANAGEMENT),
  /** The platform's influence score of the room's marketers, {@code >= 0} (直播营销人员影响力). */
  MARKETER_INFLUENCE("marketerInfluence", MetricKind.DECIMAL, Obligation.TIERED_MANAGEMENT),
  /** Administrative penalties in the last 12 months (行政处罚; Order 117 Art. 11 ¶2 credit input). */
  ADMINISTRATIVE_PENALTIES_12M("administrativePenalties12m", MetricKind.COUNT, Obligation.CREDIT_EVALUATION),
  /** Listed in the abnormal-operation list (经营异常名录). */
  ABNORMAL_OPERATION_LIST("abnormalOperationList", MetricKind.FLAG, Obligation.CREDIT_EVALUATION),
  /** Listed in the serious illegal and dishonest list (严重违法失信名单). */
  SERIOUS_DISHONESTY_LIST("seriousDishonestyList", MetricKind.FLAG, Obligation.CREDIT_EVALUATION),
  /** Sells in one of the categories the criterion names (所销售的商品或者服务种类). */
  CATEGORY("categories", MetricKind.CATEGORY, Obligation.TIERED_MANAGEMENT),
  /** Sells goods or services concerning consumers' life and health (关系消费者生命健康), per the policy's list. */
  LIFE_HEALTH_CATEGORY("categories", MetricKind.CATEGORY, Obligation.TIERED_MANAGEMENT);

  private final String field;
  private final MetricKind kind;
  private final Obligation tierBasis;

  Metric(String field, MetricKind kind, Obligation tierBasis) {
    this.field = field;
    this.kind = kind;
    this.tierBasis = tierBasis;
  }

  /** The room-metrics input field it is read from (§5.3 wire name). */
  public String field() {
    return field;
  }

  /** How it is compared. */
  public MetricKind kind() {
    return kind;
  }

  /**
   * The obligation a tier criterion over this metric enforces; where the profile's text lacks it (the
   * draft has no credit-evaluation clause) the criterion falls back to {@link Obligation#TIERED_MANAGEMENT}
   * ("其他指标").
   */
  public Obligation tierBasis() {
    return tierBasis;
  }
}
