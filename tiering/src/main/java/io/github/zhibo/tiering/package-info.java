/**
 * Tier classification, key-subject monitoring plans and risk signals mapped to measures. Filled by a later issue.
 */
@NullMarked
package io.github.zhibo.tiering;

import org.jspecify.annotations.NullMarked;
