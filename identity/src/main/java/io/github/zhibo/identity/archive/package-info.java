/**
 * The registration archive (登记档案): records of live-room operators, marketers and sellers, their verification history, Jakarta Validation of incoming records, per-profile completeness, and the JSON-lines interchange form of DESIGN.md 5.4.
 */
@NullMarked
package io.github.zhibo.identity.archive;

import org.jspecify.annotations.NullMarked;
