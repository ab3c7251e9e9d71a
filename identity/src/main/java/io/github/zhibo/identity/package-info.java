/**
 * Identity verification, periodic re-verification scheduling, the pre-live identity gate and the January/July regulator report. Filled by a later issue.
 */
@NullMarked
package io.github.zhibo.identity;

import org.jspecify.annotations.NullMarked;
