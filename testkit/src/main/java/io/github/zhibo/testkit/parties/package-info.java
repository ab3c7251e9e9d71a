/** Seeded generators of the core party records ({@link io.github.zhibo.core.party}). */
@NullMarked
package io.github.zhibo.testkit.parties;

import org.jspecify.annotations.NullMarked;
