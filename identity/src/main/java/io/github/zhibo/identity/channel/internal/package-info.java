/** Implementation details of the verification channels; not API. */
@NullMarked
package io.github.zhibo.identity.channel.internal;

import org.jspecify.annotations.NullMarked;
