/**
 * Blacklist lifecycle, screening against re-entry and privacy-preserving sharing between platforms. Filled by a later issue.
 */
@NullMarked
package io.github.zhibo.blacklist;

import org.jspecify.annotations.NullMarked;
