package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * How the agency is shown.
 *
 * @param location where (absent: {@code null})
 * @param mode direct or by link (absent: {@code null})
 * @param name name shown (absent: {@code null})
 * @param province province shown (absent: {@code null})
 * @param city city shown (absent: {@code null})
 * @param prominent shown prominently (absent: {@code null})
 * @param tapsToReveal taps needed before it is visible (absent: {@code null})
 */
public record AgencyDisplay(
    @Nullable DisplayLocation location,
    @Nullable DisplayMode mode,
    @Nullable String name,
    @Nullable String province,
    @Nullable String city,
    @Nullable Boolean prominent,
    @Nullable Integer tapsToReveal) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("AgencyDisplay", "location", location, "mode", mode, "name", name, "province", province, "city", city, "prominent", prominent, "tapsToReveal", tapsToReveal);
  }
}
