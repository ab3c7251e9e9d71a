package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.Nullable;

/**
 * One transaction price before the comparison.
 *
 * @param daysBeforeComparison calendar days before the comparison start (1 = the day before) (absent: {@code null})
 * @param priceFen transaction price (absent: {@code null})
 * @param valid a completed transaction (false: cancelled or fully refunded) (absent: {@code null})
 */
public record PricePoint(
    @Nullable Integer daysBeforeComparison,
    @Nullable Long priceFen,
    @Nullable Boolean valid) {

}
