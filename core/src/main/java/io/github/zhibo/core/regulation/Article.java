package io.github.zhibo.core.regulation;

import java.util.Objects;
import java.util.Set;

/**
 * One article (条) of a legal text as the catalogue describes it. The short titles are ours, not the
 * text's (the measures have no article headings); they exist so reports and findings can name an article.
 *
 * @param ref the whole article
 * @param chapter the number of the chapter it lies in
 * @param subjects who the article binds; never empty
 * @param titleZh a short Chinese title
 * @param titleEn a short English title
 */
public record Article(ArticleRef ref, int chapter, Set<Subject> subjects, String titleZh, String titleEn) {

  public Article {
    Objects.requireNonNull(ref, "ref");
    if (ref.paragraph() != 0) {
      throw new IllegalArgumentException("an article entry refers to a whole article, not " + ref);
    }
    subjects = Set.copyOf(subjects);
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException(ref + " binds no subject");
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

  /** Whether the article places a duty on {@code subject}. */
  public boolean binds(Subject subject) {
    return subjects.contains(subject);
  }
}
