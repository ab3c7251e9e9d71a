/** Helpers shared by the identity packages; not API. */
@NullMarked
package io.github.zhibo.identity.internal;

import org.jspecify.annotations.NullMarked;
