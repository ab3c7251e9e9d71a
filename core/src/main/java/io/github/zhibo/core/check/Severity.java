package io.github.zhibo.core.check;

/**
 * How serious a {@link Finding} is. A page-check report fails exactly when one finding is a
 * {@link #VIOLATION}, so the severity is part of the contract, not a display hint.
 */
public enum Severity {

  /** The rule is broken (违反): the subject does not meet the article. */
  VIOLATION,

  /** Something a person should look at: a likely problem, or a check that could not decide. */
  WARNING,

  /** Recorded for the audit trail only. */
  INFO
}
