/** Implementation details of the pre-live identity gate; not API. */
@NullMarked
package io.github.zhibo.identity.gate.internal;

import org.jspecify.annotations.NullMarked;
