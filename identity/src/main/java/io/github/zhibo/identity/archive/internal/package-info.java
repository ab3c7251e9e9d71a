/**
 * Implementation details; not API.
 */
@NullMarked
package io.github.zhibo.identity.archive.internal;

import org.jspecify.annotations.NullMarked;
