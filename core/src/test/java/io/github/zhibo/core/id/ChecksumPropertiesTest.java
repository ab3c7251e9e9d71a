package io.github.zhibo.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the check algorithms guarantee, shown on seeded random numbers (the seed is in every failure
 * message).
 *
 * <p>The math: a full string is valid iff Σ vᵢ·wᵢ ≡ c (mod p) with every weight non-zero mod the prime p.
 * A substitution changes the sum by Δ·wᵢ, a transposition of neighbours by (a−b)(wᵢ−wᵢ₊₁).
 *
 * <ul>
 *   <li>MOD 11-2 (p = 11, wᵢ = 2^(18−i), |Δ| ≤ 10): every substitution is caught; wᵢ − wᵢ₊₁ = wᵢ₊₁ ≠ 0,
 *       so every transposition of different digits is caught.
 *   <li>USCC mod 31 (p = 31, wᵢ = 3^(i−1), check weight 1, |Δ| ≤ 30): every substitution is caught;
 *       wᵢ − wᵢ₊₁ = −2·3^(i−1) ≠ 0 and w₁₇ − w₁₈ = 28 − 1 ≠ 0, so every transposition of different
 *       characters is caught too.
 *   <li>GB 11714 (p = 11, weights 3 7 9 10 5 8 4 2, check weight 1, letter values up to 35): a
 *       substitution is caught iff Δ ≢ 0 (mod 11) — always for digits, not for e.g. 0 ↔ B (Δ = 11); all
 *       neighbouring weight differences (−4 −2 −1 5 −3 4 2) are non-zero, so a transposition is caught iff
 *       a − b ≢ 0 (mod 11). Inside a USCC the mod-31 check covers those blind spots.
 * </ul>
 */
class ChecksumPropertiesTest {

  private static final int CASES = 200;
  private static final String DIGITS = "0123456789";

  static LongStream seeds() {
    return LongStream.of(Generators.SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void residentId_generatedBody_roundTrips(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES; n++) {
      String id = Generators.residentId(r);
      ParseResult<ResidentIdNumber> result = ResidentIdNumber.tryParse(id, Fixtures.DEFAULTS);
      assertThat(result.isOk()).as("seed %d: %s", seed, id).isTrue();
      assertThat(result.orElseThrow().canonical()).as("seed %d", seed).isEqualTo(id);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void residentId_everySingleSubstitution_isCaught(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES / 4; n++) {
      String id = Generators.residentId(r);
      for (int i = 0; i < 18; i++) {
        String alphabet = i == 17 ? "0123456789X" : DIGITS;
        for (char c : alphabet.toCharArray()) {
          if (c == id.charAt(i)) {
            continue;
          }
          String mutated = replace(id, i, c);
          assertThat(ResidentIdNumber.isValid(mutated, Fixtures.DEFAULTS))
              .as("seed %d: %s pos %d -> %s", seed, id, i, c).isFalse();
          if (i < 17) {
            assertThat(ResidentIdNumber.checkCharacter(mutated))
                .as("MOD 11-2 itself catches it, seed %d pos %d", seed, i).isNotEqualTo(id.charAt(17));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void residentId_everyAdjacentTransposition_isCaught(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES; n++) {
      String id = Generators.residentId(r);
      for (int i = 0; i < 17; i++) {
        if (id.charAt(i) == id.charAt(i + 1)) {
          continue;
        }
        String swapped = swap(id, i);
        assertThat(ResidentIdNumber.isValid(swapped, Fixtures.DEFAULTS))
            .as("seed %d: %s swap %d", seed, id, i).isFalse();
        if (i < 16) {
          assertThat(ResidentIdNumber.checkCharacter(swapped))
              .as("MOD 11-2 itself catches it, seed %d pos %d", seed, i).isNotEqualTo(id.charAt(17));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void uscc_generatedBody_roundTrips(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES; n++) {
      String code = Generators.uscc(r);
      ParseResult<UnifiedSocialCreditCode> result = UnifiedSocialCreditCode.tryParse(code, Fixtures.DEFAULTS);
      assertThat(Fixtures.verdict(result)).as("seed %d: %s", seed, code).isEqualTo("VALID");
      assertThat(result.orElseThrow().canonical()).isEqualTo(code);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void uscc_everySingleSubstitution_isCaughtByMod31(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = Generators.usccAlphabet();
    for (int n = 0; n < CASES / 4; n++) {
      String code = Generators.uscc(r);
      for (int i = 0; i < 18; i++) {
        for (char c : alphabet.toCharArray()) {
          if (c == code.charAt(i)) {
            continue;
          }
          String mutated = replace(code, i, c);
          assertThat(UnifiedSocialCreditCode.isValid(mutated, Fixtures.DEFAULTS))
              .as("seed %d: %s pos %d -> %s", seed, code, i, c).isFalse();
          if (i < 17) {
            assertThat(UnifiedSocialCreditCode.checkCharacter(mutated))
                .as("mod 31 itself catches it, seed %d pos %d", seed, i).isNotEqualTo(code.charAt(17));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void uscc_everyAdjacentTransposition_isCaughtByMod31(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES; n++) {
      String code = Generators.uscc(r);
      for (int i = 0; i < 17; i++) {
        if (code.charAt(i) == code.charAt(i + 1)) {
          continue;
        }
        String swapped = swap(code, i);
        assertThat(UnifiedSocialCreditCode.isValid(swapped, Fixtures.DEFAULTS))
            .as("seed %d: %s swap %d", seed, code, i).isFalse();
        if (i < 16) {
          assertThat(UnifiedSocialCreditCode.checkCharacter(swapped))
              .as("mod 31 itself catches it, seed %d pos %d", seed, i).isNotEqualTo(code.charAt(17));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void orgCode_substitution_isCaughtExactlyWhenDeltaIsNotAMultipleOf11(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = Generators.usccAlphabet();
    for (int n = 0; n < CASES; n++) {
      String body = Generators.uscc(r).substring(8, 16);
      char check = UnifiedSocialCreditCode.organisationCodeCheckCharacter(body);
      int i = r.nextInt(8);
      for (char c : alphabet.toCharArray()) {
        if (c == body.charAt(i)) {
          continue;
        }
        boolean caught = UnifiedSocialCreditCode.organisationCodeCheckCharacter(replace(body, i, c)) != check;
        int delta = gbValue(c) - gbValue(body.charAt(i));
        assertThat(caught).as("seed %d: %s pos %d -> %s (delta %d)", seed, body, i, c, delta)
            .isEqualTo(delta % 11 != 0);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void orgCode_transposition_isCaughtExactlyWhenDifferenceIsNotAMultipleOf11(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int n = 0; n < CASES; n++) {
      String body = Generators.uscc(r).substring(8, 16);
      char check = UnifiedSocialCreditCode.organisationCodeCheckCharacter(body);
      for (int i = 0; i < 7; i++) {
        int diff = gbValue(body.charAt(i)) - gbValue(body.charAt(i + 1));
        if (diff == 0) {
          continue;
        }
        boolean caught = UnifiedSocialCreditCode.organisationCodeCheckCharacter(swap(body, i)) != check;
        assertThat(caught).as("seed %d: %s swap %d", seed, body, i).isEqualTo(diff % 11 != 0);
      }
      // the last body character and the check character, when both are digits
      String full = body + check;
      if (Character.isDigit(full.charAt(7)) && Character.isDigit(full.charAt(8)) && full.charAt(7) != full.charAt(8)) {
        String swapped = swap(full, 7);
        boolean caught = UnifiedSocialCreditCode.organisationCodeCheckCharacter(swapped) != swapped.charAt(8);
        assertThat(caught).as("seed %d: %s swap with check", seed, full).isTrue();
      }
    }
  }

  private static int gbValue(char c) {
    return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }

  static String replace(String s, int i, char c) {
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  static String swap(String s, int i) {
    return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
  }
}
