/**
 * Seeded generators of the wire formats of DESIGN.md §5: room metrics (§5.3), {@code LiveRoomSnapshot}
 * (§5.2), registration records (§5.4) and training records (§5.5), as Jackson trees or JSON lines, and the
 * typed records where the owning module is present.
 */
@NullMarked
package io.github.zhibo.testkit.wire;

import org.jspecify.annotations.NullMarked;
