package io.github.zhibo.enforcement;

import io.github.zhibo.core.regulation.Recipient;
import java.util.Objects;

/**
 * One report document for one authority and one period, in JSON and CSV. The subject appears as the platform's
 * opaque party id: the platform joins the registration data the authority needs when it sends the document, so
 * the document itself never carries personal data.
 *
 * @param recipient the authority and level
 * @param jurisdiction the domicile authority or the notifying province's
 * @param fileBaseName a safe file name without extension, e.g. {@code measures-ORDER_117-PROVINCIAL-SAMR-2026-03-01_2026-03-31}
 * @param rows how many reports it lists
 * @param json the document as JSON (UTF-8 text)
 * @param csv the document as CSV, RFC 4180, header line first
 */
public record ReportDocument(Recipient recipient, RegulatorReport.Jurisdiction jurisdiction, String fileBaseName,
    int rows, String json, String csv) {

  /** Validates the parts. */
  public ReportDocument {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(fileBaseName, "fileBaseName");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(csv, "csv");
    if (rows < 0) throw new IllegalArgumentException("rows cannot be negative");
  }

  /** Sizes only: the content is for files, not logs. */
  @Override
  public String toString() {
    return "ReportDocument[" + fileBaseName + " rows=" + rows + "]";
  }
}
