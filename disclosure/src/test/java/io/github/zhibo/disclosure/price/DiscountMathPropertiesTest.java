package io.github.zhibo.disclosure.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** Invariants of the 折 arithmetic over random prices (QuickTheories, seeded by its default). */
class DiscountMathPropertiesTest {

  @Test
  void aCorrectlyRoundedDiscountAlwaysPasses() {
    qt().withExamples(20_000).forAll(longs().between(2, 100_000_000L), integers().between(1, 1_000_000), integers().between(0, 2))
        .assuming((c, a, s) -> a < c)
        .check((c, a, s) -> {
          int step = new int[] {1, 10, 100}[s];
          long k = DiscountMath.correctRatio(c, a, step);
          if (k < 1 || k > 999) return true; // not displayable as a 折 at this step
          return DiscountMath.accurate(c, a, new DisplayedDiscount.Ratio((int) k, step, false));
        });
  }

  @Test
  void aDiscountThatOverstatesTheReductionAlwaysFails() {
    // pick the actual price a and a claimed ratio k, then a compared price c for which k implies a price at
    // least one fen below a: c*k <= 1000*(a-1)
    qt().withExamples(20_000).forAll(integers().between(2, 1_000_000), integers().between(1, 999), integers().allPositive())
        .check((a, k, r) -> {
          long cMax = 1000L * (a - 1) / k;
          if (cMax <= a) return true;
          long c = a + 1 + (r % (cMax - a));
          return !DiscountMath.accurate(c, a, new DisplayedDiscount.Ratio(k, 1, false))
              && !DiscountMath.accurate(c, a, new DisplayedDiscount.Ratio(k, 1, true))
              && DiscountMath.overstates(c, a, k);
        });
  }

  @Test
  void aDiscountUnderstatedByAWholeStepFails() {
    qt().withExamples(10_000).forAll(longs().between(2, 100_000_000L), integers().between(1, 1_000_000))
        .assuming((c, a) -> a < c && DiscountMath.correctRatio(c, a, 10) <= 980)
        .check((c, a) -> {
          int k = (int) DiscountMath.correctRatio(c, a, 10) + 10;
          return !DiscountMath.accurate(c, a, new DisplayedDiscount.Ratio(k, 10, false));
        });
  }

  @Test
  void everyTwoDecimalRatioParsesBack() {
    qt().forAll(integers().between(1, 999)).check(k -> {
      String text = (k / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", k % 100) + "折";
      return DiscountText.parse(text).equals(java.util.Optional.of(new DisplayedDiscount.Ratio(k, 1, false)));
    });
  }

  @Test
  void worksThroughTheResearchExamples() {
    assertThat(DiscountMath.accurate(19900, 9900, ratio("5折"))).isTrue();
    assertThat(DiscountMath.accurate(19900, 9900, ratio("4.98折"))).isTrue();
    assertThat(DiscountMath.accurate(19900, 9900, ratio("4.97折"))).isFalse();
    assertThat(DiscountMath.correctRatio(19900, 9900, 10)).isEqualTo(500);
    assertThat(DiscountMath.correctRatio(19900, 9900, 1)).isEqualTo(498);
  }

  private static DisplayedDiscount.Ratio ratio(String s) {
    return (DisplayedDiscount.Ratio) DiscountText.parse(s).orElseThrow();
  }
}
