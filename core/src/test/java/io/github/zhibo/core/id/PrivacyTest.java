package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    var shown = new java.util.ArrayList<String>();
    shown.add(result.toString());
    result.toOptional().ifPresent(v -> shown.add(v.toString()));
    result.failure().ifPresent(e -> {
      shown.add(e.describe());
      shown.add(e.toString());
      IdParseException ex = assertThrows(IdParseException.class, result::orElseThrow);
      shown.add(ex.getMessage());
      shown.add(ex.toString());
    });
    for (String text : shown) {
      assertThat(text).doesNotContain(input).doesNotContain(canonical);
      // A person's number must not leak in part either: no run of 6+ of its digits (USCCs are public
      // registry data and keep their 6-character registration-authority prefix).
      if (kind != IdKind.USCC) {
        for (String run : digitRuns(canonical, 6)) {
          assertThat(text).as("%s shows a digit run of its input", kind).doesNotContain(run);
        }
      }
    }
  }

  /** Every substring of {@code s} of exactly {@code n} digits. */
  static java.util.List<String> digitRuns(String s, int n) {
    var out = new java.util.ArrayList<String>();
    for (int i = 0; i + n <= s.length(); i++) {
      String sub = s.substring(i, i + n);
      if (sub.chars().allMatch(Character::isDigit)) out.add(sub);
    }
    return out;
  }

  @Test
  void digitRunsFindsEveryWindow() {
    assertThat(digitRuns("12345678X", 6)).containsExactly("123456", "234567", "345678");
    assertThat(digitRuns("12a45678", 6)).isEmpty();
  }
}
