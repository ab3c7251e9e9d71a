/**
 * Implementation details; not API.
 */
@NullMarked
package io.github.zhibo.identity.report.internal;

import org.jspecify.annotations.NullMarked;
