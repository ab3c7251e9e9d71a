/**
 * The host environment every component is built with: {@link io.github.zhibo.core.env.Environment}
 * (clock, listener, executor) and the typed, personal-data-free {@link
 * io.github.zhibo.core.env.ComplianceEvent}s components emit.
 */
package io.github.zhibo.core.env;
