package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** No identifier ever appears in toString(), an error description or an exception message. */
class PrivacyTest {

  @Test
  void everyCorpusInput_neverAppearsInToStringOrMessages() throws Exception {
    for (var args : GoldenCorpusTest.corpus()) {
      Object[] a = args.get();
      IdKind kind = (IdKind) a[1];
      String input = (String) a[3];
      ParsePolicy policy = GoldenCorpusTest.policy((String) a[2]);
      assertNoLeak(kind, input, policy);
    }
  }

  @Test
  void mutatedGeneratedNumbers_neverAppearInMessages() {
    SplittableRandom r = new SplittableRandom(7);
    for (int n = 0; n < 500; n++) {
      String id = Generators.residentId(r);
      String mutated = ChecksumPropertiesTest.replace(id, r.nextInt(18), (char) ('0' + r.nextInt(10)));
      assertNoLeak(IdKind.RESIDENT_ID, mutated, Fixtures.DEFAULTS);
      String uscc = Generators.uscc(r);
      assertNoLeak(IdKind.USCC, ChecksumPropertiesTest.swap(uscc, r.nextInt(17)), Fixtures.DEFAULTS);
    }
  }

  private static void assertNoLeak(IdKind kind, String input, ParsePolicy policy) {
    ParseResult<? extends Identifier> result = kind.tryParse(input, policy);
    String canonical = result.toOptional().map(Identifier::canonical).orElse(input);
    // Fragments of 8+ characters would identify a person; shorter inputs are not numbers at all.
    if (canonical.length() < 8) {
      return;
    }
    assertThat(result.toString()).doesNotContain(canonical).doesNotContain(input);
    result.toOptional().ifPresent(v -> assertThat(v.toString()).doesNotContain(canonical));
    result.failure().ifPresent(e -> {
      assertThat(e.describe()).doesNotContain(input);
      assertThat(e.toString()).doesNotContain(input);
      try {
        result.orElseThrow();
      } catch (IdParseException ex) {
        assertThat(ex.getMessage()).doesNotContain(input).doesNotContain(canonical);
        assertThat(ex.toString()).doesNotContain(input);
      }
    });
  }
}
