package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.Nullable;

/**
 * The manufacturer's suggested retail price (厂商建议零售价).
 *
 * @param fen current MSRP (absent: {@code null})
 * @param lastChangedDaysAgo days since it last changed (absent: {@code null})
 * @param comparedUpdatedAfterChange the compared price was updated after that change (absent: {@code null})
 */
public record Msrp(
    @Nullable Long fen,
    @Nullable Integer lastChangedDaysAgo,
    @Nullable Boolean comparedUpdatedAfterChange) {

}
