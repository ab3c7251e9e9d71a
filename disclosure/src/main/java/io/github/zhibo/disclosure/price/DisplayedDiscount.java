package io.github.zhibo.disclosure.price;

/**
 * A parsed promotion claim: a pay ratio (折, 半价, 省X%) or a reduction amount (立减100元).
 */
public sealed interface DisplayedDiscount permits DisplayedDiscount.Ratio, DisplayedDiscount.Reduction {

  /**
   * A pay ratio in thousandths ({@code 8.5折} pays 850/1000) with the step of its notation: the claim means
   * "the true ratio, rounded toward less discount at this step".
   *
   * @param payPermille what the buyer pays, in thousandths of the compared price, 1..999
   * @param step the display step in thousandths (100 for {@code 8折}, 10 for {@code 8.5折}, 1 for {@code 8.55折})
   * @param upTo a "from"/"as low as" claim ({@code 3折起}, {@code 低至3折}): only overstatement is checked
   */
  record Ratio(int payPermille, int step, boolean upTo) implements DisplayedDiscount {
    public Ratio {
      if (payPermille < 1 || payPermille > 999) {
        throw new IllegalArgumentException("pay ratio must be 1..999 thousandths: " + payPermille);
      }
      if (step != 1 && step != 10 && step != 100) {
        throw new IllegalArgumentException("step must be 1, 10 or 100: " + step);
      }
    }
  }

  /**
   * A reduction amount ({@code 立减100元}, {@code 直降20}, {@code 省5元}).
   *
   * @param fen the claimed reduction, > 0
   */
  record Reduction(long fen) implements DisplayedDiscount {
    public Reduction {
      if (fen <= 0) {
        throw new IllegalArgumentException("a reduction is positive: " + fen);
      }
    }
  }
}
