/**
 * Implementation details; not API.
 */
@NullMarked
package io.github.zhibo.identity.deadline.internal;

import org.jspecify.annotations.NullMarked;
