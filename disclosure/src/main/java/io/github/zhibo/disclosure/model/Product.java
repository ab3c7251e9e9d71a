package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * A product card.
 *
 * @param id product id (absent: {@code null})
 * @param kind goods or service (absent: goods) (absent: {@code null})
 * @param name product name (品名) (absent: {@code null})
 * @param spec specification (规格) (absent: {@code null})
 * @param pricingUnit pricing unit (计价单位), e.g. 元/件 (absent: {@code null})
 * @param serviceItem service item (服务项目) (absent: {@code null})
 * @param serviceContent service content (服务内容) (absent: {@code null})
 * @param pricingMethod pricing method (计价方法) (absent: {@code null})
 * @param price the price display (absent: {@code null})
 */
public record Product(
    @Nullable String id,
    @Nullable ProductKind kind,
    @Nullable String name,
    @Nullable String spec,
    @Nullable String pricingUnit,
    @Nullable String serviceItem,
    @Nullable String serviceContent,
    @Nullable String pricingMethod,
    @Nullable PriceDisplay price) {

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("Product", "id", id, "kind", kind, "name", name, "spec", spec, "pricingUnit", pricingUnit, "serviceItem", serviceItem, "serviceContent", serviceContent, "pricingMethod", pricingMethod, "price", price);
  }
}
