/**
 * The {@code zhibo} command line of the reference app: batch commands over the SDK, with the exit codes and
 * line formats of the design's contracts (0 success, 2 bad usage or unreadable input, one-line errors that
 * name the line or field, UTF-8 in and out, progress on stderr only).
 */
@NullMarked
package io.github.zhibo.examples.cli;

import org.jspecify.annotations.NullMarked;
