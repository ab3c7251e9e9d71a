/**
 * Tier classification, key-subject monitoring plans and risk signals mapped to measures. See the module README for the default policies and the wire format.
 */
@NullMarked
package io.github.zhibo.tiering;

import org.jspecify.annotations.NullMarked;
