package io.github.zhibo.disclosure.text;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher finds a term whatever formatting noise (within the gap budget) is put between its characters. */
class ScannerInvarianceTest {

  private static final String[] NOISE = {" ", "　", "·", "*", "\u200b", "\ufeff", "-", "…", "，", "￥"};
  private static final TextScanner SCANNER = TextScanner.builder().build();

  @Test
  void separatorsWithinTheBudgetAndInvisiblesDoNotHideATerm() {
    List<LexiconEntry> deny = Lexicon.bundled().entries().stream()
        .filter(e -> e.category() != TermCategory.ALLOW && e.term().codePoints().allMatch(Character::isIdeographic)).toList();
    qt().withExamples(3_000).forAll(integers().between(0, deny.size() - 1), integers().allPositive()).check((i, seed) -> {
      var random = new java.util.SplittableRandom(seed);
      String term = deny.get(i).term();
      var sb = new StringBuilder("好茶");
      for (int k = 0; k < term.length(); k++) {
        sb.append(term.charAt(k));
        if (k < term.length() - 1) {
          int visible = random.nextInt(3); // 0..2 separators: within the default budget
          for (int v = 0; v < visible; v++) sb.append(NOISE[random.nextInt(4)]);
          if (random.nextBoolean()) sb.append(NOISE[4 + random.nextInt(2)]);
        }
      }
      sb.append("上新");
      String text = sb.toString();
      return SCANNER.scan(text).stream().anyMatch(h -> text.substring(h.start(), h.end()).codePoints()
          .filter(Character::isIdeographic).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString().contains(term) || h.entry().term().contains(term) || term.contains(h.entry().term()));
    });
  }
}
