package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * A reference to an article of one legal text, optionally narrowed to a paragraph (款) and an item (项).
 *
 * <p>Renders as {@code ORDER_117 Art. 32}, {@code ORDER_117 Art. 8(1)} or {@code ORDER_117 Art. 9(1)3}:
 * text, article, paragraph in parentheses, item after it. Paragraph and item are 1-based; 0 means "the
 * whole article" (or "the whole paragraph").
 *
 * @param text the legal text the number belongs to
 * @param article 1-based article number within {@code text}
 * @param paragraph 1-based paragraph, or 0 for the whole article
 * @param item 1-based item within the paragraph, or 0 for the whole paragraph
 */
public record ArticleRef(LegalText text, int article, int paragraph, int item) implements Comparable<ArticleRef> {

  public ArticleRef {
    Objects.requireNonNull(text, "text");
    if (article < 1 || article > text.articleCount()) {
      throw new IllegalArgumentException(
          text + " has articles 1.." + text.articleCount() + ", not " + article);
    }
    if (paragraph < 0 || item < 0 || (paragraph == 0 && item != 0)) {
      throw new IllegalArgumentException(
          "paragraph and item must be >= 0, and an item needs a paragraph: " + paragraph + "/" + item);
    }
  }

  /** The whole article. */
  public static ArticleRef of(LegalText text, int article) {
    return new ArticleRef(text, article, 0, 0);
  }

  /** One paragraph of an article. */
  public static ArticleRef of(LegalText text, int article, int paragraph) {
    return new ArticleRef(text, article, paragraph, 0);
  }

  /**
   * Parses the form {@link #toString()} produces, e.g. {@code ORDER_117 Art. 8(1)}.
   *
   * @throws IllegalArgumentException if {@code s} is not such a reference
   */
  public static ArticleRef parse(String s) {
    Objects.requireNonNull(s, "s");
    var m = java.util.regex.Pattern.compile("([A-Z0-9_]+) Art\\. (\\d{1,3})(?:\\((\\d{1,2})\\)(\\d{1,2})?)?")
        .matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an article reference: " + s);
    }
    LegalText text;
    try {
      text = LegalText.valueOf(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown legal text in article reference: " + m.group(1), e);
    }
    int paragraph = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int item = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    return new ArticleRef(text, Integer.parseInt(m.group(2)), paragraph, item);
  }

  /** The same article without paragraph and item. */
  public ArticleRef wholeArticle() {
    return paragraph == 0 ? this : of(text, article);
  }

  @Override
  public int compareTo(ArticleRef o) {
    int c = text.compareTo(o.text);
    if (c == 0) c = Integer.compare(article, o.article);
    if (c == 0) c = Integer.compare(paragraph, o.paragraph);
    return c != 0 ? c : Integer.compare(item, o.item);
  }

  @Override
  public String toString() {
    var sb = new StringBuilder(24).append(text.name()).append(" Art. ").append(article);
    if (paragraph > 0) sb.append('(').append(paragraph).append(')');
    if (item > 0) sb.append(item);
    return sb.toString();
  }
}
