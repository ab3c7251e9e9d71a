package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The actual seller (实际销售商品或者提供服务的经营者) shown for one product.
 *
 * @param productId the product on sale (absent: {@code null})
 * @param registryName the seller's registered name (absent: {@code null})
 * @param mode direct or by link (absent: {@code null})
 * @param shown what is shown directly (absent: {@code null})
 * @param coverageRatio share of the on-sale time the disclosure was visible, 0..1 (absent: {@code null})
 * @param link the link probe (absent: {@code null})
 * @param switches seller switches during the live
 */
public record SellerDisclosure(
    @Nullable String productId,
    @Nullable String registryName,
    @Nullable DisplayMode mode,
    @Nullable SellerShown shown,
    @Nullable BigDecimal coverageRatio,
    @Nullable Link link,
    List<SellerSwitch> switches) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public SellerDisclosure {
    switches = switches == null ? List.of() : List.copyOf(switches);
  }

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("SellerDisclosure", "productId", productId, "registryName", registryName, "mode", mode, "shown", shown, "coverageRatio", coverageRatio, "link", link, "switches", switches);
  }
}
