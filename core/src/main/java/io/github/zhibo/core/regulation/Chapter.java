package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * One chapter (章) of a legal text: its number, titles, and the contiguous run of articles it holds.
 *
 * @param number 1-based chapter number
 * @param titleZh the chapter heading as the text gives it, without the 第X章 prefix
 * @param titleEn an English rendering of the heading
 * @param firstArticle the first article of the chapter
 * @param lastArticle the last article of the chapter, inclusive
 */
public record Chapter(int number, String titleZh, String titleEn, int firstArticle, int lastArticle) {

  public Chapter {
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    if (number < 1 || firstArticle < 1 || lastArticle < firstArticle) {
      throw new IllegalArgumentException(
          "chapter " + number + " must hold articles a..b with 1 <= a <= b, not " + firstArticle + ".." + lastArticle);
    }
  }

  /** Whether the article with this number lies in this chapter. */
  public boolean contains(int article) {
    return article >= firstArticle && article <= lastArticle;
  }
}
