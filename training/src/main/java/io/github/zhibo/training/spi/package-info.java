/** What a platform implements for the training module: where its training records live. */
@NullMarked
package io.github.zhibo.training.spi;

import org.jspecify.annotations.NullMarked;
