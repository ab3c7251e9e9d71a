/**
 * The evidence ledger (证据留存): an append-only, hash-chained log of the records the regulation says to
 * keep, with the profile and article each record serves, a pseudonymous subject reference and a
 * retain-until date.
 *
 * <h2>Chain</h2>
 * Record {@code n} (sequence numbers start at 1 and have no gaps) carries the hash of record {@code n-1}
 * ({@value io.github.zhibo.core.ledger.LedgerRecord#GENESIS_HASH} for the first) and its own hash, the
 * lower-case hex SHA-256 of the record's canonical encoding (see {@link io.github.zhibo.core.ledger.LedgerRecord}).
 * Changing, removing, reordering or inserting a record breaks the chain at or right after that record;
 * {@link io.github.zhibo.core.ledger.EvidenceLedger#verify()} reports the first break.
 *
 * <h2>What a chain cannot prove</h2>
 * Without a secret, anyone with write access can rewrite the whole suffix after a record, or cut records
 * off the end, and recompute a consistent chain. Against that, keep {@link io.github.zhibo.core.ledger.ChainHead}
 * anchors outside the ledger (in a report, a separate system, a regulator filing) and verify against
 * them: {@link io.github.zhibo.core.ledger.EvidenceLedger#verify(ChainHead)}. Records appended after the
 * newest anchor can only be checked against the next anchor.
 *
 * <h2>Retention and pruning</h2>
 * Records carry their retain-until date; {@link io.github.zhibo.core.ledger.EvidenceLedger#retentionPassed()}
 * lists those past it. There is deliberately no delete: removing a record breaks every later link.
 * Pruning, when it comes, will start a new ledger file with a checkpoint record holding the sequence and
 * hash of the last record of the old one, so verification can start from the checkpoint; it is not
 * implemented yet.
 */
@NullMarked
package io.github.zhibo.core.ledger;

import org.jspecify.annotations.NullMarked;
