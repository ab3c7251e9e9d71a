/**
 * Training records and the training gatekeeper. Filled by a later issue.
 */
@NullMarked
package io.github.zhibo.training;

import org.jspecify.annotations.NullMarked;
