package io.github.zhibo.identity.report;

import io.github.zhibo.core.regulation.ProfileId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a written report holds, without personal data: the JSON summary of {@code report semiannual}.
 *
 * @param profile the profile it was written under
 * @param schemaId the profile's report layout id
 * @param month the report month
 * @param asOf the snapshot day
 * @param sections one summary per section, in the profile's order
 * @param sha256 hex SHA-256 of each written file, by file name ({@code report.xlsx} first, then each CSV)
 * @param skipped records of roles the profile does not report, or registered after the snapshot day
 */
public record ReportSummary(ProfileId profile, String schemaId, YearMonth month, LocalDate asOf,
    List<SectionSummary> sections, Map<String, String> sha256, long skipped) {

  /** Copies the collections, keeping the file order. */
  public ReportSummary {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(schemaId, "schemaId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
    sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
  }
}
