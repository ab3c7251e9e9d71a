/**
 * The live-room snapshot (DESIGN.md §5.2) as immutable records: absent values are {@code null}, lists are
 * never {@code null} (except {@link io.github.zhibo.disclosure.model.PriceDisplay#history()}, where an
 * absent history means "not checked" and an empty one "never sold"). Money is integer fen.
 */
@NullMarked
package io.github.zhibo.disclosure.model;

import org.jspecify.annotations.NullMarked;
