package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyCategory;
import io.github.zhibo.core.party.PartyField;
import java.util.List;
import java.util.Objects;

/**
 * The fields a text requires of one category of party for one purpose, e.g. what an organisation operator
 * must disclose on its account homepage (Order 117 Art. 25 ¶1).
 *
 * @param purpose registration, disclosure (the report's fields are {@link ReportCategory})
 * @param category whose fields
 * @param fields the fields, in the order the text lists them
 * @param shownPublicly for disclosure: whether the text requires them shown to the public (Order 117
 *     Art. 25) or only provided in the account back office (draft Art. 22 ¶2, 账号后台)
 * @param source the paragraph that lists them
 */
public record FieldSet(Purpose purpose, PartyCategory category, List<PartyField> fields, boolean shownPublicly,
    ArticleRef source) {

  /** What the fields are for. */
  public enum Purpose {
    /** Collected, verified and registered by the platform (Art. 8). */
    REGISTRATION,
    /** Disclosed by the room operator (draft Art. 22, Order 117 Art. 25). */
    DISCLOSURE
  }

  /** Validates the parts. */
  public FieldSet {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(category, "category");
    fields = List.copyOf(fields);
    Objects.requireNonNull(source, "source");
    if (fields.isEmpty() || fields.size() != fields.stream().distinct().count()) {
      throw new IllegalArgumentException(purpose + " " + category + " needs distinct, non-empty fields");
    }
  }

  /** Whether the set requires {@code field}. */
  public boolean requires(PartyField field) {
    return fields.contains(field);
  }
}
