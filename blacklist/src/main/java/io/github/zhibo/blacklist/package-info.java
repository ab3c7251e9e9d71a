/**
 * Blacklist (黑名单) lifecycle, screening against re-entry and account migration, and privacy-preserving
 * sharing between platforms.
 *
 * <p>Main types: {@link io.github.zhibo.blacklist.Blacklist} (entries with the Order 117 notice, appeal and
 * expiry lifecycle and the draft's report to the provincial regulator), {@link
 * io.github.zhibo.blacklist.BlacklistIndex} (an immutable inverted index that screens a {@link
 * io.github.zhibo.blacklist.ScreeningRecord} into a {@link io.github.zhibo.blacklist.ScreeningResult}), {@link
 * io.github.zhibo.blacklist.SharedListExporter} (keyed-token export) and {@link
 * io.github.zhibo.blacklist.ScreeningRecords} (the JSON-lines wire format of DESIGN.md §5.1).
 */
@NullMarked
package io.github.zhibo.blacklist;

import org.jspecify.annotations.NullMarked;
