package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * Seller information shown directly.
 *
 * @param name name (名称/姓名) (absent: {@code null})
 * @param address actual business address (absent: {@code null})
 * @param contact contact (absent: {@code null})
 */
public record SellerShown(
    @Nullable String name,
    @Nullable String address,
    @Nullable String contact) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("SellerShown", "name", name, "address", address, "contact", contact);
  }
}
