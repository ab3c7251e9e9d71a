/**
 * Framework-neutral generators and contract tests that platforms run against their own SPI implementations.
 */
@NullMarked
package io.github.zhibo.testkit;

import org.jspecify.annotations.NullMarked;
