/**
 * The reference app's simulation of a platform's year ({@code zhibo demo}): parties onboard, are
 * re-verified, train, go live, get tiered, break rules, get measures, blacklisted, try to come back, and
 * the platform reports — all on an injected clock advanced day by day, deterministic for a seed.
 *
 * <p><b>Seams.</b> Each feature module the demo exercises is reached through one small interface in this
 * package ({@link io.github.zhibo.examples.demo.IdentityVerifier}, {@link io.github.zhibo.examples.demo.Screening},
 * {@link io.github.zhibo.examples.demo.TierRating}, {@link io.github.zhibo.examples.demo.PageInspection}).
 * {@link io.github.zhibo.examples.demo.DemoServices#standIns} supplies deterministic {@code StandIn…}
 * implementations written for the demo only — they are <em>not</em> the modules' logic. Swapping one for
 * the real module is one line in {@link io.github.zhibo.examples.demo.DemoServices#standIns} (an adapter
 * lambda over the module's API). Core (profiles, obligations, calendar, ledger, proportionality table),
 * the training module and the go-live gate are wired for real.
 */
@NullMarked
package io.github.zhibo.examples.demo;

import org.jspecify.annotations.NullMarked;
