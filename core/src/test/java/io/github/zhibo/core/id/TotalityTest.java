package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** tryParse is total: random text of every length and script never throws, for every kind and policy. */
class TotalityTest {

  private static final String ALPHABET = "0123456789XxABMZaz +-８Ｘ\u3000\u200b\u00b4\ud83d\ude00\uffff";

  static LongStream seeds() {
    return LongStream.of(Generators.SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tryParse_randomText_neverThrowsAndAgreesWithIsValid(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ParsePolicy[] policies = {
      Fixtures.DEFAULTS,
      Fixtures.LENIENT,
      Fixtures.DEFAULTS.toBuilder().foldAsciiCase(false).acceptLegacyPilotUscc(true).build()
    };
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(22);
      for (int i = 0; i < len; i++) {
        sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String input = sb.toString();
      for (IdKind kind : IdKind.values()) {
        for (ParsePolicy p : policies) {
          assertThatCode(() -> {
            boolean ok = kind.tryParse(input, p).isOk();
            assertThat(kind.isValid(input, p)).isEqualTo(ok);
          }).as("seed %d, kind %s", seed, kind).doesNotThrowAnyException();
        }
      }
    }
  }
}
