/**
 * The pre-live identity gate (直播前身份核验): a {@link io.github.zhibo.core.check.Check} over a live's marketers
 * — the room operator's report of verified identities (Order 117 Art. 28 ¶2), the platform's dynamic
 * real-identity check inside a freshness window (draft Art. 8 ¶2; Order 117 Art. 8 ¶3), the age rules of the
 * national measures Art. 8 refers to, identity mismatch, and a {@link io.github.zhibo.identity.gate.BarList}
 * hook for blacklists and other legal bans.
 */
@NullMarked
package io.github.zhibo.identity.gate;

import org.jspecify.annotations.NullMarked;
