package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the article catalogue against the legal texts themselves (copies bundled as test resources):
 * every article of the text is catalogued in the chapter whose 第X章 heading precedes it, and the
 * chapter titles are the headings.
 */
class LegalTextCatalogueTest {

  private static final Pattern CHAPTER = Pattern.compile("^第([〇零一二三四五六七八九十0-9]+)章[\\s\\p{Z}]*(.+)$");
  private static final Pattern ARTICLE =
      Pattern.compile("^(?:\\[bookmark:[^\\]]*\\])?第([〇零一二三四五六七八九十百0-9]+)条");

  /** What the text says: article number -> chapter number, and chapter number -> heading. */
  private record Parsed(Map<Integer, Integer> chapterOfArticle, Map<Integer, String> headings) {}

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void catalogue_placesEveryArticleInTheChapterTheTextDoes(LegalText text) throws IOException {
    Parsed parsed = parse(text);
    RegulationProfile profile = RegulationProfiles.get(ProfileId.of(text.name()));

    assertThat(parsed.chapterOfArticle()).hasSize(text.articleCount());
    assertThat(parsed.chapterOfArticle().keySet()).containsExactlyElementsOf(range(1, text.articleCount()));
    for (var e : parsed.chapterOfArticle().entrySet()) {
      assertThat(profile.article(e.getKey()).chapter())
          .as("%s Art. %d", text, e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(LegalText.class)
  void chapterTitles_areTheTextsHeadings(LegalText text) throws IOException {
    Parsed parsed = parse(text);
    List<Chapter> chapters = RegulationProfiles.get(ProfileId.of(text.name())).chapters();

    assertThat(chapters).hasSameSizeAs(parsed.headings().keySet());
    for (Chapter c : chapters) {
      assertThat(c.titleZh()).as("chapter %d", c.number()).isEqualTo(parsed.headings().get(c.number()));
    }
  }

  private static Parsed parse(LegalText text) throws IOException {
    var chapterOf = new LinkedHashMap<Integer, Integer>();
    var headings = new LinkedHashMap<Integer, String>();
    int chapter = 0;
    for (String raw : lines(text)) {
      String line = raw.strip();
      var c = CHAPTER.matcher(line);
      if (c.find()) {
        chapter = chineseNumber(c.group(1));
        headings.put(chapter, c.group(2).replaceAll("[\\s\\p{Z}]+", ""));
        continue;
      }
      var a = ARTICLE.matcher(line);
      if (a.find()) {
        Integer previous = chapterOf.put(chineseNumber(a.group(1)), chapter);
        assertThat(previous).as("%s article %s appears twice", text, a.group(1)).isNull();
      }
    }
    return new Parsed(chapterOf, headings);
  }

  private static List<String> lines(LegalText text) throws IOException {
    String name = text == LegalText.ORDER_117 ? "order-117-final.zh.txt" : "draft-2025-consultation.zh.txt";
    try (InputStream in = LegalTextCatalogueTest.class.getResourceAsStream("texts/" + name)) {
      assertThat(in).as("test copy of %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** 六十九 -> 69, 十五 -> 15, 2 -> 2. */
  static int chineseNumber(String s) {
    if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
    String digits = "零一二三四五六七八九";
    int total = 0;
    int current = 0;
    for (char ch : s.toCharArray()) {
      if (ch == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (ch == '百') {
        total += current * 100;
        current = 0;
      } else {
        current = ch == '〇' ? 0 : digits.indexOf(ch);
      }
    }
    return total + current;
  }

  private static List<Integer> range(int from, int to) {
    var out = new ArrayList<Integer>();
    for (int i = from; i <= to; i++) out.add(i);
    return out;
  }
}
