/** What a platform implements to plug into tiering: its risk model and where measures are recorded. */
@NullMarked
package io.github.zhibo.tiering.spi;

import org.jspecify.annotations.NullMarked;
