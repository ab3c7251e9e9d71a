package io.github.zhibo.core.party;

/**
 * The parties the regulation places duties on, one vocabulary for every module (registration, reports,
 * blacklist, penalties).
 */
public enum PartyRole {
  /** 直播电商平台经营者: the live-commerce platform. */
  PLATFORM,
  /** 直播间运营者: whoever runs a live room (organisation, individual business or natural person). */
  LIVE_ROOM_OPERATOR,
  /** 直播营销人员服务机构: the marketer agency (MCN). */
  MARKETER_AGENCY,
  /** 直播营销人员: the person (or AI-generated persona) presenting goods on camera. */
  MARKETER,
  /** The actual seller of the goods or services (实际销售商品或者提供服务的经营者; 平台内经营者 in the draft). */
  SELLER,
  /** 其他网络服务提供者 providing platform-like services (Order 117 Art. 24). */
  OTHER_SERVICE_PROVIDER
}
