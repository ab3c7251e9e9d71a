/**
 * Implementation of the working-day calendar: the schedule reader, the statutory fallback and the
 * prefix-sum day table. Not API: types here may change in any release.
 */
@NullMarked
package io.github.zhibo.core.time.internal;

import org.jspecify.annotations.NullMarked;
