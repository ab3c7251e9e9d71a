/**
 * The reference app's simulation of a platform's year ({@code zhibo demo}): parties onboard, are
 * re-verified, train, go live, get tiered, break rules, get measures, blacklisted, try to come back, and
 * the platform reports — all on an injected clock advanced day by day, deterministic for a seed.
 *
 * <p><b>Seams.</b> Each feature module the demo exercises is reached through one small interface in this
 * package ({@link io.github.zhibo.examples.demo.IdentityVerifier}, {@link io.github.zhibo.examples.demo.Screening},
 * {@link io.github.zhibo.examples.demo.TierRating}, {@link io.github.zhibo.examples.demo.PageInspection}).
 * {@link io.github.zhibo.examples.demo.DemoServices#modules} wires the real modules behind them through thin
 * adapters ({@link io.github.zhibo.examples.demo.ChannelIdentityVerifier},
 * {@link io.github.zhibo.examples.demo.BlacklistScreening}, {@link io.github.zhibo.examples.demo.ClassifierTierRating},
 * {@link io.github.zhibo.examples.demo.PageCheckerInspection}); a test may pass its own. Core (profiles,
 * obligations, calendar, ledger, proportionality table), the training module and the go-live gate are
 * wired directly.
 */
@NullMarked
package io.github.zhibo.examples.demo;

import org.jspecify.annotations.NullMarked;
