package io.github.zhibo.enforcement;

import io.github.zhibo.core.ErrorCode;

/** Error codes of the enforcement module (caller mistakes; business outcomes are decisions, not errors). */
public enum EnforcementError implements ErrorCode {
  /** No case with that reference was opened in this workflow. */
  UNKNOWN_CASE("ZB-ENF-0001"),
  /** A case with that reference is already open. */
  DUPLICATE_CASE("ZB-ENF-0002"),
  /** No measure with that id. */
  UNKNOWN_MEASURE("ZB-ENF-0003"),
  /** No report with that id. */
  UNKNOWN_REPORT("ZB-ENF-0004"),
  /** The measure, case or report is not in a state that allows this step (e.g. lifting a lifted measure). */
  ILLEGAL_TRANSITION("ZB-ENF-0005"),
  /** A proposal made by another workflow, profile or for another case. */
  FOREIGN_PROPOSAL("ZB-ENF-0006"),
  /** A day before the event it follows (a lift before the measure, a report sent before it was due to exist). */
  DAY_OUT_OF_ORDER("ZB-ENF-0007"),
  /** The ledger a workflow resumes from fails verification or holds a record this module cannot read back. */
  LEDGER_UNTRUSTED("ZB-ENF-0008");

  private final String id;

  EnforcementError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
