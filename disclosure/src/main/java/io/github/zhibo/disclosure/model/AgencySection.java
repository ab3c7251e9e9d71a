package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * The marketer agency (直播营销人员服务机构) and how the room shows it.
 *
 * @param registryName registered name (absent: {@code null})
 * @param registryProvince registered province (absent: {@code null})
 * @param displayed what is shown (absent: {@code null})
 * @param link the link probe, when shown by link (absent: {@code null})
 */
public record AgencySection(
    @Nullable String registryName,
    @Nullable String registryProvince,
    @Nullable AgencyDisplay displayed,
    @Nullable Link link) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("AgencySection", "registryName", registryName, "registryProvince", registryProvince, "displayed", displayed, "link", link);
  }
}
