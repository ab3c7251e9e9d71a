package io.github.zhibo.blacklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Folding and name keys: idempotent, code-point safe, and the equivalences they promise. */
class TextTest {

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 77_000L + i);
  }

  private static final int[] POOL = {'a', 'Z', '9', ' ', '-', '·', '\u3000', '\u200B', 0xFF21, 0xFF11, 0x5F35,
    0x5F20, 0x20BB7, 0xFE0F, 0x2F08, 0xF900, 'é', 0x0301, ','};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void foldingAndKeysAreIdempotent(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) sb.appendCodePoint(POOL[r.nextInt(POOL.length)]);
    String s = sb.toString();
    assertThat(Text.fold(Text.fold(s))).as("seed %d", seed).isEqualTo(Text.fold(s));
    String key = Text.compactKey(s);
    assertThat(Text.compactKey(key)).as("seed %d", seed).isEqualTo(key);
    assertThat(key.codePoints().allMatch(Character::isLetterOrDigit)).isTrue();
  }

  @Test
  void namesMeetAcrossScriptsOfWritingTheSameName() {
    assertThat(Text.nameKeys("張偉")).containsExactly("张伟");
    assertThat(Text.nameKeys("张 伟")).contains("张伟");
    assertThat(Text.nameKeys("买买提·艾力")).contains("买买提艾力");
    assertThat(Text.nameKeys("SMITH, John")).containsAnyElementsOf(Text.nameKeys("john smith"));
    assertThat(Text.nameKeys("SMITH, John A.")).containsAnyElementsOf(Text.nameKeys("John Smith"));
    assertThat(Text.nameKeys("José Müller")).containsAnyElementsOf(Text.nameKeys("JOSE MULLER"));
    assertThat(Text.nameKeys("ＺＨＡＮＧ　ＷＥＩ")).containsAnyElementsOf(Text.nameKeys("zhangwei"));
    assertThat(Text.nameKeys("𠮷田")).containsExactly("𠮷田");
    assertThat(Text.nameKeys("王伟")).doesNotContainAnyElementsOf(Text.nameKeys("张伟"));
  }
}
