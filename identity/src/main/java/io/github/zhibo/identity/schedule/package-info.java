/**
 * Periodic re-verification (核验更新): due dates from the profile, the due-set store SPI with an ordered index, and the scheduler that re-verifies what is due on the platform's executor.
 */
@NullMarked
package io.github.zhibo.identity.schedule;

import org.jspecify.annotations.NullMarked;
