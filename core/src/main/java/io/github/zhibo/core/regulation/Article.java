package io.github.zhibo.core.regulation;

import io.github.zhibo.core.party.PartyRole;
import java.util.Objects;
import java.util.Set;

/**
 * One article (条) of a legal text as the catalogue describes it. The short titles are ours, not the
 * text's (the measures have no article headings); they exist so reports and findings can name an article.
 *
 * @param ref the whole article
 * @param chapter the number of the chapter it lies in
 * @param parties the parties the article places duties on (empty for articles addressed only to the
 *     regulators or to no one in particular)
 * @param bindsRegulator whether it binds the supervising authorities (市场监督管理、网信部门)
 * @param general whether it is a general provision binding everyone or no one in particular (purpose, scope,
 *     entry into force)
 * @param titleZh a short Chinese title
 * @param titleEn a short English title
 */
public record Article(ArticleRef ref, int chapter, Set<PartyRole> parties, boolean bindsRegulator, boolean general,
    String titleZh, String titleEn) {

  public Article {
    Objects.requireNonNull(ref, "ref");
    if (ref.paragraph() != 0) {
      throw new IllegalArgumentException("an article entry refers to a whole article, not " + ref);
    }
    parties = Set.copyOf(parties);
    if (parties.isEmpty() && !bindsRegulator && !general) {
      throw new IllegalArgumentException(ref + " binds no one");
    }
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    if (chapter < 1) {
      throw new IllegalArgumentException("chapter must be >= 1: " + chapter);
    }
  }

  /** The article number within its text. */
  public int number() {
    return ref.article();
  }

  /** Whether the article places a duty on parties of {@code role}. */
  public boolean binds(PartyRole role) {
    return parties.contains(role);
  }
}
