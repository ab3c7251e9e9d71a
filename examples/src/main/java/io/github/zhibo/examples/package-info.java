/**
 * The reference app: how a platform wires zhibo ({@link io.github.zhibo.examples.QuickStart}) and the
 * {@code zhibo} command line ({@code .cli}). Not a library; not deployed.
 */
@NullMarked
package io.github.zhibo.examples;

import org.jspecify.annotations.NullMarked;
