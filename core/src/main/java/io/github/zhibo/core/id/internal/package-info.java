/**
 * Allocation-free check routines behind the identifier types. Not API: may change in any release.
 */
@NullMarked
package io.github.zhibo.core.id.internal;

import org.jspecify.annotations.NullMarked;
