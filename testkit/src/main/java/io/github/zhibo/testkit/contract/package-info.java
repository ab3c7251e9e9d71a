/**
 * Abstract JUnit 5 contract tests for the SPIs a platform implements over its own infrastructure. Extend
 * one in your test sources, implement its factory method with your implementation, and the inherited tests
 * check the guarantees the SPI documents. The testkit's own tests run each contract against the built-in
 * in-memory implementation.
 */
@NullMarked
package io.github.zhibo.testkit.contract;

import org.jspecify.annotations.NullMarked;
