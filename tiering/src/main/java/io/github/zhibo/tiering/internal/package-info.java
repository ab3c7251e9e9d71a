/** Implementation of the tiering module: policy documents, compiled policies, bundled legal data. Not API. */
@NullMarked
package io.github.zhibo.tiering.internal;

import org.jspecify.annotations.NullMarked;
