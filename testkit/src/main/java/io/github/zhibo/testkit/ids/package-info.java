/**
 * Seeded generators of valid and invalid identifiers of every {@link io.github.zhibo.core.id.IdKind}.
 * Valid values satisfy {@code IdKind.tryParse} under {@code ParsePolicy.defaults(clock)} for the clock they
 * were generated with; each invalid value states the mutation that broke it and the error code the parser
 * must give.
 */
@NullMarked
package io.github.zhibo.testkit.ids;

import org.jspecify.annotations.NullMarked;
