package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.Nullable;

/**
 * A raise of the tag price before the promotion.
 *
 * @param previousTagFen tag price before the raise (absent: {@code null})
 * @param raisedDaysBeforePromo days between the raise and the promotion (absent: {@code null})
 */
public record PriceRaise(
    @Nullable Long previousTagFen,
    @Nullable Integer raisedDaysBeforePromo) {

}
