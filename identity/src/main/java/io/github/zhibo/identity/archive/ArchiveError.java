package io.github.zhibo.identity.archive;

import io.github.zhibo.core.ErrorCode;

/** Error codes of the registration archive and its interchange form. */
public enum ArchiveError implements ErrorCode {
  /** A JSON line is not a registration record: malformed JSON, a field of the wrong type or value. */
  RECORD_FORMAT("ZB-ARC-0001"),
  /** A record failed Jakarta Validation. */
  RECORD_INVALID("ZB-ARC-0002"),
  /** A record was registered under a subject id the archive already holds. */
  DUPLICATE_SUBJECT("ZB-ARC-0003"),
  /** An operation named a subject id the archive does not hold. */
  UNKNOWN_SUBJECT("ZB-ARC-0004");

  private final String id;

  ArchiveError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
