/**
 * Validators for what a live room shows: operator and seller disclosure, prices, AI-persona labels, texts. Start at {@link io.github.zhibo.disclosure.PageChecker}.
 */
@NullMarked
package io.github.zhibo.disclosure;

import org.jspecify.annotations.NullMarked;
