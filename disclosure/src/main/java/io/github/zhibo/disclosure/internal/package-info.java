/** Rule implementations and helpers; not API. */
@NullMarked
package io.github.zhibo.disclosure.internal;

import org.jspecify.annotations.NullMarked;
