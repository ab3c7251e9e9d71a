package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.Nullable;

/**
 * The link behind which comparison information sits.
 *
 * @param hops jumps (absent: {@code null})
 * @param showsBase the landing shows the compared price or base (absent: {@code null})
 */
public record ComparisonLink(
    @Nullable Integer hops,
    @Nullable Boolean showsBase) {

}
