package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A switch of the seller on sale and when the disclosure caught up.
 *
 * @param atSec switch time, seconds from stream start (absent: {@code null})
 * @param newRegistryName the new seller's registered name (absent: {@code null})
 * @param disclosureUpdatedAtSec when the disclosure showed the new seller; absent if never (absent: {@code null})
 */
public record SellerSwitch(
    @Nullable BigDecimal atSec,
    @Nullable String newRegistryName,
    @Nullable BigDecimal disclosureUpdatedAtSec) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("SellerSwitch", "atSec", atSec, "newRegistryName", newRegistryName, "disclosureUpdatedAtSec", disclosureUpdatedAtSec);
  }
}
