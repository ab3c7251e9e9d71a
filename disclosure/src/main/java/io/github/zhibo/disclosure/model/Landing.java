package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * What a link's landing page shows.
 *
 * @param name name (absent: {@code null})
 * @param address address (absent: {@code null})
 * @param contact contact (absent: {@code null})
 * @param province province (absent: {@code null})
 * @param city city (absent: {@code null})
 */
public record Landing(
    @Nullable String name,
    @Nullable String address,
    @Nullable String contact,
    @Nullable String province,
    @Nullable String city) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("Landing", "name", name, "address", address, "contact", contact, "province", province, "city", city);
  }
}
