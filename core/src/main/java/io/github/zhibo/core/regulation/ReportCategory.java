package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyField;
import java.util.List;
import java.util.Objects;

/**
 * One category of party in the January/July identity report, with the fields the text lists for it.
 *
 * @param section which section of the report (DESIGN.md §5.4 ids)
 * @param fields the fields, in the order the text lists them; never empty
 * @param source the item of the article that lists them
 */
public record ReportCategory(ReportSection section, List<PartyField> fields, ArticleRef source) {

  public ReportCategory {
    Objects.requireNonNull(section, "section");
    fields = List.copyOf(fields);
    Objects.requireNonNull(source, "source");
    if (fields.isEmpty() || fields.size() != fields.stream().distinct().count()) {
      throw new IllegalArgumentException(section + " needs distinct, non-empty fields: " + fields);
    }
  }
}
