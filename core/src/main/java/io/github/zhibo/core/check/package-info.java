/**
 * Findings, decisions and the {@link io.github.zhibo.core.check.Check} SPI every feature module implements.
 *
 * <p>A {@link io.github.zhibo.core.check.Finding} names a rule, the profile and article it enforces (条款), a
 * severity, a message key and structured {@link io.github.zhibo.core.check.Evidence} that cannot hold raw
 * personal data. A {@link io.github.zhibo.core.check.Decision} ({@code ALLOW}, {@code REVIEW}, {@code DENY})
 * carries its findings. {@link io.github.zhibo.core.check.Checks} composes checks so that all findings are
 * kept and any failing component yields {@code REVIEW} (fail closed), never {@code ALLOW}.
 * {@link io.github.zhibo.core.check.Messages} renders findings in Chinese or English.
 */
@NullMarked
package io.github.zhibo.core.check;

import org.jspecify.annotations.NullMarked;
