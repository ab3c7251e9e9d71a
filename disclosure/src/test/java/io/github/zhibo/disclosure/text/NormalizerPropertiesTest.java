package io.github.zhibo.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Idempotence and offset-map correctness of the normaliser over random mixed-script text. */
class NormalizerPropertiesTest {

  /** Characters that exercise every branch: CJK, traditional, full-width, compatibility expansions, separators, invisibles. */
  private static final String ALPHABET = "最佳第一全網國家级ＮＯ．１①⒦㈤ABCabc123 　·…,，。！？\n\u200b\u200d\ufeff\ufe0f￥%-_🙂𠀀";

  private static Gen<String> texts() {
    Gen<List<Integer>> picks = lists().of(integers().between(0, ALPHABET.codePointCount(0, ALPHABET.length()) - 1))
        .ofSizeBetween(0, 40);
    int[] cps = ALPHABET.codePoints().toArray();
    return picks.map(l -> {
      var sb = new StringBuilder();
      for (int i : l) sb.appendCodePoint(cps[i]);
      return sb.toString();
    });
  }

  @Test
  void normalisingTwiceChangesNothing() {
    var n = TextNormalizer.instance();
    qt().withExamples(5_000).forAll(texts()).check(s -> {
      String once = n.normalize(s).text();
      return n.normalize(once).text().equals(once);
    });
  }

  @Test
  void everyFoldedCharacterPointsAtTheOriginalCharacterItCameFrom() {
    var n = TextNormalizer.instance();
    qt().withExamples(5_000).forAll(texts()).check(s -> {
      NormalizedText t = n.normalize(s);
      int previous = -1;
      for (int i = 0; i < t.length(); i++) {
        int start = t.originalStart(i);
        int end = t.originalEnd(i);
        if (start < previous || start < 0 || end > s.length() || end <= start) return false;
        previous = start;
        // folding the original character alone yields the folded character (in order, possibly among others)
        String alone = n.normalize(s.substring(start, end)).text();
        if (alone.indexOf(t.charAt(i)) < 0) return false;
      }
      return true;
    });
  }

  @Test
  void foldsWidthCaseTraditionalAndExpansions() {
    NormalizedText t = TextNormalizer.instance().normalize("ＮＯ．１ 全網 ⒦");
    assertThat(t.text()).isEqualTo("no1全网k");
    assertThat(t.originalStart(3)).isEqualTo(5); // 全
    assertThat(t.originalStart(5)).isEqualTo(8); // ⒦ -> k
    assertThat(t.gapBefore(3)).isEqualTo(1);
  }

  @Test
  void breaksStopTerms() {
    NormalizedText t = TextNormalizer.instance().normalize("最。佳");
    assertThat(t.gapBefore(1)).isEqualTo(NormalizedText.HARD_BREAK);
  }
}
