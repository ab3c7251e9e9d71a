/** Implementation details of the training module; not API. */
@NullMarked
package io.github.zhibo.training.internal;

import org.jspecify.annotations.NullMarked;
