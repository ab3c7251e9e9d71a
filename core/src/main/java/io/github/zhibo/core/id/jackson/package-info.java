/**
 * A Jackson module for the identifier types. Needs {@code jackson-databind} on the class path (an optional
 * dependency of core).
 */
@NullMarked
package io.github.zhibo.core.id.jackson;

import org.jspecify.annotations.NullMarked;
