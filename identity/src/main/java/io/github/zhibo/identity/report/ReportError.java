package io.github.zhibo.identity.report;

import io.github.zhibo.core.ErrorCode;

/** Error codes of the report export. */
public enum ReportError implements ErrorCode {
  /** A report file could not be written. */
  EXPORT_FAILED("ZB-RPT-0001"),
  /** A value is longer than a spreadsheet cell holds (32,767 characters). */
  VALUE_TOO_LONG("ZB-RPT-0002"),
  /** The writer was used after it finished or failed. */
  WRITER_CLOSED("ZB-RPT-0003");

  private final String id;

  ReportError(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
