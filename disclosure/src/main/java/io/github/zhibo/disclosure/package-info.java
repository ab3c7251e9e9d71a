/**
 * Validators for what a live room shows: operator and seller disclosure, prices, AI-persona labels, texts. Filled by a later issue.
 */
@NullMarked
package io.github.zhibo.disclosure;

import org.jspecify.annotations.NullMarked;
