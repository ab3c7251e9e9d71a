/** Implementation details of the testkit; not API. */
@NullMarked
package io.github.zhibo.testkit.internal;

import org.jspecify.annotations.NullMarked;
