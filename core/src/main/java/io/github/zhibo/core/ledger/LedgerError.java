package io.github.zhibo.core.ledger;

import io.github.zhibo.core.ErrorCode;

/** Error codes of the evidence ledger, area {@code LED}. */
public enum LedgerError implements ErrorCode {

  /** Reading or writing the store failed. */
  IO_FAILURE("ZB-LED-0001"),

  /** A stored record cannot be read: not the canonical form, or invalid field values. */
  MALFORMED_RECORD("ZB-LED-0002"),

  /** The last line of a file store has no line terminator: a write was cut short (crash, full disk). */
  TORN_TAIL("ZB-LED-0003"),

  /** Appends are refused because the store's last record cannot be read, so the chain cannot continue. */
  UNREADABLE_TAIL("ZB-LED-0004"),

  /** Another writer holds the ledger file. */
  LOCKED("ZB-LED-0005"),

  /** A record's encoding exceeds the store's line limit. */
  RECORD_TOO_LARGE("ZB-LED-0006"),

  /** An earlier write failed and could not be rolled back; the store accepts no more appends. */
  STORE_BROKEN("ZB-LED-0007"),

  /** The store was closed. */
  CLOSED("ZB-LED-0008");

  private final String id;

  LedgerError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
