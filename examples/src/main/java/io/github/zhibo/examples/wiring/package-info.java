/** How a platform wires zhibo's components: {@link io.github.zhibo.examples.wiring.Wiring}. */
@NullMarked
package io.github.zhibo.examples.wiring;

import org.jspecify.annotations.NullMarked;
