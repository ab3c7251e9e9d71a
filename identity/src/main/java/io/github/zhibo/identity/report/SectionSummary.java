package io.github.zhibo.identity.report;

import io.github.zhibo.core.regulation.ReportSection;
import java.util.List;
import java.util.Objects;

/**
 * What one section of a written report holds.
 *
 * @param section the section
 * @param rows records written (every record of the section, complete or not)
 * @param incomplete subject ids of records lacking a field the article requires, in input order
 */
public record SectionSummary(ReportSection section, long rows, List<String> incomplete) {

  /** Copies the list. */
  public SectionSummary {
    Objects.requireNonNull(section, "section");
    incomplete = List.copyOf(incomplete);
    if (rows < incomplete.size()) {
      throw new IllegalArgumentException("more incomplete records than rows");
    }
  }
}
