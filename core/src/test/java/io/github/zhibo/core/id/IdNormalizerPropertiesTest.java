package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lenient normaliser is idempotent and lets strict parsing accept formatting noise only. */
class IdNormalizerPropertiesTest {

  /** Digits, letters, full-width forms, separators, and characters whose NFKC form interacts with them. */
  private static final String[] PIECES = {
    "1", "9", "0", "X", "x", "A", "ｘ", "Ｘ", "１", "９", "Ⅹ", " ", "\u3000", "\u00a0", "-", "－", "\t",
    "\u200b", "\u0301", "\u00b4", "\u00a8", "e", "ﬁ", "\u2028", "\u1100", "\u1161"
  };

  static LongStream seeds() {
    return LongStream.of(Generators.SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lenient_isIdempotent(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(12);
      for (int i = 0; i < len; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      IdNormalizer.Normalized once = IdNormalizer.lenient(sb);
      IdNormalizer.Normalized twice = IdNormalizer.lenient(once.value());
      assertThat(twice.value()).as("seed %d, input %s", seed, escape(sb)).isEqualTo(once.value());
      assertThat(twice.changes()).as("seed %d, input %s", seed, escape(sb)).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lenientParse_ofFormattedValidId_equalsStrictParse(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < 300; n++) {
      String id = Generators.residentId(r);
      StringBuilder noisy = new StringBuilder();
      for (char c : id.toCharArray()) {
        noisy.append(r.nextBoolean() ? (char) (c + 0xFEE0) : c); // full-width form
        if (r.nextInt(5) == 0) {
          noisy.append(r.nextBoolean() ? " " : "-");
        }
      }
      assertThat(ResidentIdNumber.isValid(noisy, Fixtures.DEFAULTS)).as("seed %d", seed)
          .isEqualTo(noisy.toString().equals(id));
      assertThat(ResidentIdNumber.parse(noisy, Fixtures.LENIENT).canonical()).as("seed %d", seed).isEqualTo(id);
    }
  }

  @Test
  void lenient_reportsWhatChanged() {
    assertThat(IdNormalizer.lenient("110105").changes()).isEmpty();
    assertThat(IdNormalizer.lenient("１１0").changes()).containsExactly(IdWarning.WIDTH_NORMALISED);
    assertThat(IdNormalizer.lenient("1 1-0").changes()).containsExactly(IdWarning.SEPARATORS_REMOVED);
    assertThat(IdNormalizer.lenient("x").value()).isEqualTo("x");
  }

  private static String escape(CharSequence s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp)));
    return sb.toString();
  }
}
