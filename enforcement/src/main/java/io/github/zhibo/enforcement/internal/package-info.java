/** Implementation of the disposal workflow; not API. */
@NullMarked
package io.github.zhibo.enforcement.internal;

import org.jspecify.annotations.NullMarked;
