package io.github.zhibo.core.id.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.id.IdErrorCode;
import io.github.zhibo.core.id.IdWarning;
import io.github.zhibo.core.id.ParsePolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Which error the single-pass check reports when a code has several defects: the first illegal
 * character or non-digit region character in position order, and lower case only after those.
 */
class UsccCheckerTest {

  private static final String VALID = "92340602MA2PBMEM24";
  private static final ParsePolicy FOLDING =
      ParsePolicy.defaults(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
  private static final ParsePolicy STRICT_CASE = FOLDING.toBuilder().foldAsciiCase(false).build();

  @Test
  void nonAsciiCharacter_isIllegalAtItsPosition_evenWhenItsLowBitsSpellAValidSymbol() {
    // U+00C1 and U+FF21 share their low seven bits with 'A'; U+0130 upper-cases to nothing legal.
    for (char c : new char[] {'\u00C1', '\uFF21', '\u0130', '\u0080'}) {
      for (int i = 0; i < VALID.length(); i++) {
        assertError(UsccChecker.check(with(VALID, i, c), FOLDING), IdErrorCode.ILLEGAL_CHARACTER, i);
      }
    }
  }

  @Test
  void letterInRegion_isBadRegionFormat_inEitherCase() {
    for (int i = 2; i < 8; i++) {
      assertError(UsccChecker.check(with(VALID, i, 'A'), FOLDING), IdErrorCode.BAD_REGION_FORMAT, i);
      assertError(UsccChecker.check(with(VALID, i, 'a'), FOLDING), IdErrorCode.BAD_REGION_FORMAT, i);
    }
  }

  @Test
  void severalDefects_firstInPositionOrderWins() {
    String badRegionThenIllegal = with(with(VALID, 15, 'I'), 3, 'B');
    assertError(UsccChecker.check(badRegionThenIllegal, FOLDING), IdErrorCode.BAD_REGION_FORMAT, 3);
    String illegalThenBadRegion = with(with(VALID, 1, 'O'), 6, 'C');
    assertError(UsccChecker.check(illegalThenBadRegion, FOLDING), IdErrorCode.ILLEGAL_CHARACTER, 1);
  }

  @Test
  void lowerCase_isReportedOnlyAfterIllegalCharacters() {
    String lowerThenIllegal = with(with(VALID, 8, 'm'), 12, 'S');
    assertError(UsccChecker.check(lowerThenIllegal, STRICT_CASE), IdErrorCode.ILLEGAL_CHARACTER, 12);
    assertError(UsccChecker.check(with(VALID, 9, 'a'), STRICT_CASE), IdErrorCode.ILLEGAL_CHARACTER, 9);
  }

  @Test
  void lowerCase_isFoldedWithWarningWhenThePolicyAllows() {
    long verdict = UsccChecker.check(VALID.toLowerCase(java.util.Locale.ROOT), FOLDING);
    assertThat(Verdict.isOk(verdict)).isTrue();
    assertThat(Verdict.has(verdict, IdWarning.CASE_FOLDED)).isTrue();
    assertThat(Verdict.isOk(UsccChecker.check(VALID, FOLDING))).isTrue();
    assertThat(Verdict.has(UsccChecker.check(VALID, FOLDING), IdWarning.CASE_FOLDED)).isFalse();
  }

  @Test
  void nonStringCharSequence_getsTheSameVerdictAsString() {
    for (int i = 0; i < VALID.length(); i++) {
      String s = with(VALID, i, '7');
      assertThat(UsccChecker.check(new StringBuilder(s), FOLDING)).as(s).isEqualTo(UsccChecker.check(s, FOLDING));
    }
  }

  private static void assertError(long verdict, IdErrorCode code, int position) {
    assertThat(Verdict.isOk(verdict)).isFalse();
    assertThat(Verdict.code(verdict)).isEqualTo(code);
    assertThat(Verdict.position(verdict)).isEqualTo(position);
  }

  private static String with(String s, int i, char c) {
    return s.substring(0, i) + c + s.substring(i + 1);
  }
}
