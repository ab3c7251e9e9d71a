/**
 * The go-live gate (开播前检查): one call a platform makes before a live starts, returning one
 * {@link io.github.zhibo.core.check.Decision} with every finding of the component checks it wires — the
 * pre-live identity gate, the training gate, blacklist screening, the tier's service scope and the
 * disclosure check of the room's setup. Components run concurrently with per-component timeouts and a
 * total deadline; anything that cannot decide is {@code REVIEW}, never {@code ALLOW}.
 *
 * <p>This package lives in the reference app because the composition belongs to the platform (no feature
 * module may know another, DESIGN.md §2); platforms copy it. {@link io.github.zhibo.examples.golive.GoLiveGate}
 * depends on {@code zhibo-core} only; {@link io.github.zhibo.examples.golive.GoLiveComponents} shows the
 * wiring of the real modules.
 */
@NullMarked
package io.github.zhibo.examples.golive;

import org.jspecify.annotations.NullMarked;
