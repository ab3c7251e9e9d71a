/** Normalisers, keyed tokens, the token index and the scorer behind the blacklist API; not API. */
@NullMarked
package io.github.zhibo.blacklist.internal;

import org.jspecify.annotations.NullMarked;
