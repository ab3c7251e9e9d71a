package io.github.zhibo.core.regulation;

import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The periodic identity report (身份信息报送) the platform sends to the regulator of its domicile.
 *
 * @param months the months the report is due in (January and July in both texts)
 * @param schemaId a stable id of the report layout, so a file always says which layout it follows
 * @param recipient who receives it
 * @param categories the parties reported, in the order the text lists them
 * @param source the article that requires the report
 */
public record IdentityReport(
    Set<Month> months, String schemaId, Recipient recipient, List<ReportCategory> categories, ArticleRef source) {

  public IdentityReport {
    months = Set.copyOf(months);
    Objects.requireNonNull(schemaId, "schemaId");
    Objects.requireNonNull(recipient, "recipient");
    categories = List.copyOf(categories);
    Objects.requireNonNull(source, "source");
    if (months.isEmpty() || categories.isEmpty() || schemaId.isBlank()) {
      throw new IllegalArgumentException("a report needs months, a schema id and categories");
    }
  }

  /** The category for {@code section}, if the report covers it. */
  public java.util.Optional<ReportCategory> category(ReportSection section) {
    return categories.stream().filter(c -> c.section() == section).findFirst();
  }
}
