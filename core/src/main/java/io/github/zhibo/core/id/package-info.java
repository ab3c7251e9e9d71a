/**
 * Chinese identity and organisation identifiers as immutable value types: resident identity numbers
 * (公民身份号码, GB 11643), legacy 15-digit numbers, Hong Kong/Macau/Taiwan residence permits, foreign
 * permanent resident ID cards, unified social credit codes (统一社会信用代码, GB 32100) and mainland mobile
 * numbers.
 *
 * <p>An offline check proves only that a number is well formed, never that it exists or belongs to the
 * person presenting it: use these types as a cheap pre-filter before the verification channels of Art. 8
 * (public security, national network identity, the enterprise credit publicity system). Parsing is total
 * ({@code tryParse} never throws for non-null input); strict {@code parse} throws {@link
 * io.github.zhibo.core.id.IdParseException}. Every {@code toString()} and exception message is masked.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
@NullMarked
package io.github.zhibo.core.id;

import org.jspecify.annotations.NullMarked;
