package io.github.zhibo.core.ledger;

/** Why a ledger chain is broken at a position; see {@link ChainBreak}. */
public enum BreakReason {

  /** The record's content does not hash to its stored hash: it was changed after it was written. */
  HASH_MISMATCH,

  /** The record's sequence number is not its position: a record before it is missing, or records were reordered. */
  SEQUENCE_GAP,

  /** The record's previous hash is not the hash of the record before it: a record was inserted or replaced. */
  BROKEN_LINK,

  /** The stored record cannot be read at all (not valid UTF-8, not the canonical line, invalid values). */
  MALFORMED,

  /** The file ends in a line without terminator: a write was cut short (crash, full disk). */
  TORN_TAIL,

  /** The chain ends before the anchor's sequence number: records were cut off the end. */
  TRUNCATED,

  /** The record at the anchor's sequence number has another hash: the chain was rewritten up to there. */
  ANCHOR_MISMATCH
}
