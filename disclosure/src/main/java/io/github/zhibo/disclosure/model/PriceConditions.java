package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.Nullable;

/**
 * Conditions of a conditional price (券后, 满减, 到手价).
 *
 * @param couponAmountFen coupon amount (absent: {@code null})
 * @param couponThresholdFen spend threshold of the coupon (absent: {@code null})
 * @param unitsInOffer units in the offer (absent: {@code null})
 * @param disclosed the conditions are disclosed (absent: {@code null})
 */
public record PriceConditions(
    @Nullable Long couponAmountFen,
    @Nullable Long couponThresholdFen,
    @Nullable Integer unitsInOffer,
    @Nullable Boolean disclosed) {

}
