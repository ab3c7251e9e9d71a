/**
 * The demo's engine: the simulated world, one {@link io.github.zhibo.examples.demo.internal.Phase} per
 * feature, the tallies and the writers of the summary, the CSV reports and the HTML report. Not API.
 */
@NullMarked
package io.github.zhibo.examples.demo.internal;

import org.jspecify.annotations.NullMarked;
