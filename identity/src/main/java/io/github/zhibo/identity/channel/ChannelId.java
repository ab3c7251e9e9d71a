package io.github.zhibo.identity.channel;

/**
 * The verification channels the texts name (draft Art. 8 ¶1: "依托统一社会信用代码、居民身份证号码、国家网络身份认证公共服务等渠道"),
 * plus liveness/face comparison for the dynamic check before a live.
 */
public enum ChannelId {
  /** The public-security identity service: name + identity document number (公安身份核验). */
  PUBLIC_SECURITY_ID,
  /** The enterprise-credit registry: organisation name + USCC (国家企业信用信息). */
  USCC_REGISTRY,
  /** The national network identity public service: a 网号 or 网证 instead of the plaintext number. */
  CTID_NETWORK_ID,
  /** Liveness detection and comparison of a face capture with the registered identity (活体检测/人脸比对). */
  LIVENESS_FACE;

  /** Whether this channel verifies a natural person (all but the registry). */
  public boolean verifiesPerson() {
    return this != USCC_REGISTRY;
  }
}
