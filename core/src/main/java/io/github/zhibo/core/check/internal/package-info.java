/** Implementation of findings, composition and message rendering; not API, may change without notice. */
@NullMarked
package io.github.zhibo.core.check.internal;

import org.jspecify.annotations.NullMarked;
