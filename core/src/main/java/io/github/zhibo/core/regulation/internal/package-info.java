/**
 * Internals of the regulation profiles: the strict key/value loader. Not API; may change in any release.
 */
@NullMarked
package io.github.zhibo.core.regulation.internal;

import org.jspecify.annotations.NullMarked;
