package io.github.zhibo.core.regulation;

/**
 * Who an article binds. The catalogue tags each article with every subject it places a duty on (or, for
 * {@link #REGULATOR}, the authority it empowers), so a module can list the articles that concern it.
 */
public enum Subject {
  /** 直播电商平台经营者: the live-commerce platform. */
  PLATFORM,
  /** 直播间运营者: whoever runs a live room. */
  LIVE_ROOM_OPERATOR,
  /** 直播营销人员: the natural person presenting goods on camera. */
  MARKETER,
  /** 直播营销人员服务机构: the marketer agency (MCN). */
  MARKETER_AGENCY,
  /** The actual seller of goods or services; 平台内经营者 in the draft. */
  SELLER,
  /** 其他网络服务提供者 providing platform-like services (Order 117 Art. 24). */
  OTHER_SERVICE_PROVIDER,
  /** 市场监督管理、网信部门: the supervising authorities. */
  REGULATOR,
  /** Provisions binding everyone or no one in particular: purpose, scope, entry into force. */
  GENERAL
}
