/**
 * Implementation details; not API.
 */
@NullMarked
package io.github.zhibo.identity.schedule.internal;

import org.jspecify.annotations.NullMarked;
