package io.github.zhibo.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.check.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  private final TextScanner scanner = TextScanner.builder().build();

  @Test
  void findingsPointAtTheOriginalCharacters() {
    String text = "好茶 全網\u200b第 一！";
    List<TextHit> hits = scanner.scan(text);
    TextHit first = hits.stream().filter(h -> h.entry().term().equals("全网第一")).findFirst().orElseThrow();
    assertThat(text.substring(first.start(), first.end())).isEqualTo("全網\u200b第 一");
    assertThat(first.evasions()).contains(Evasion.TRADITIONAL, Evasion.INVISIBLE, Evasion.SEPARATOR);
  }

  @Test
  void repeatsAreSelfLoops() {
    List<TextHit> hits = scanner.scan("最最最佳");
    assertThat(hits).anySatisfy(h -> {
      assertThat(h.entry().term()).isEqualTo("最佳");
      assertThat(h.evasions()).contains(Evasion.REPEAT);
    });
  }

  @Test
  void allowCoversAndBoundaries() {
    assertThat(scanner.scan("第一次见面")).isEmpty();
    assertThat(scanner.scan("NO.12 款")).isEmpty();
    assertThat(scanner.scan("NO.1 款")).extracting(h -> h.entry().term()).contains("no.1");
    assertThat(scanner.scan("最。佳")).isEmpty();
  }

  @Test
  void reloadSwapsTheLexiconWithoutAffectingOtherScanners() {
    var mine = TextScanner.builder().build();
    String tsv = "# version: test-1\n好茶\tABSOLUTE\tVIOLATION\tNONE\n";
    mine.reload(Lexicon.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
    assertThat(mine.lexiconVersion()).isEqualTo("test-1");
    assertThat(mine.scan("一杯好茶")).extracting(h -> h.entry().severity()).containsExactly(Severity.VIOLATION);
    assertThat(mine.scan("最佳")).isEmpty();
    assertThat(scanner.scan("最佳")).isNotEmpty();
  }

  @Test
  void pinyinLayerIsLimitedToTheLexicon() {
    var py = TextScanner.builder().pinyinMatching(true).build();
    assertThat(py.scan("zui佳")).extracting(TextHit::evasions).containsExactly(Set.of(Evasion.PINYIN));
    assertThat(py.scan("zuijia好物")).isNotEmpty();
    assertThat(py.scan("pizza")).isEmpty();
  }

  @Test
  void malformedLexiconNamesTheLineNotItsText() {
    String tsv = "# version: v\nsecret-term\tNOPE\tVIOLATION\tNONE\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 2").hasMessageNotContaining("secret-term");
  }

  @Test
  void bundledLexiconHasAVersion() {
    assertThat(Lexicon.bundled().version()).startsWith("zhibo-lexicon-");
    assertThat(Lexicon.bundled().entries()).hasSizeGreaterThan(100);
  }
}
