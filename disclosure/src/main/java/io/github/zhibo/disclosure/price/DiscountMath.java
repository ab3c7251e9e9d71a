package io.github.zhibo.disclosure.price;

/**
 * Exact integer arithmetic for 折 claims (《明码标价和禁止价格欺诈规定》 Art. 19(3)): a displayed ratio must
 * be the true pay ratio rounded toward <em>less</em> discount at the display step, with a sub-fen tolerance.
 * No floating point anywhere. Stateless and thread-safe.
 *
 * <p>With compared price {@code c}, actual price {@code a} (fen), claimed pay ratio {@code k} (thousandths)
 * and step {@code u}, the claim is accurate iff
 * <ol>
 *   <li>{@code a <= ceil(c·k/1000)} — it does not overstate the discount by a fen or more, and</li>
 *   <li>{@code a·1000 > c·(k − u)} — it does not understate it by a whole display step.</li>
 * </ol>
 */
public final class DiscountMath {

  private DiscountMath() {}

  /** True if the ratio claims more discount than {@code actual/compared} gives (beyond sub-fen rounding). */
  public static boolean overstates(long comparedFen, long actualFen, int payPermille) {
    // a <= ceil(c*k/1000)  <=>  1000*(a-1) < c*k
    return Math.multiplyExact(1000L, actualFen - 1) >= Math.multiplyExact(comparedFen, (long) payPermille);
  }

  /** True if the ratio claims at least one display step less discount than the prices give. */
  public static boolean understates(long comparedFen, long actualFen, int payPermille, int step) {
    return Math.multiplyExact(actualFen, 1000L) <= Math.multiplyExact(comparedFen, (long) (payPermille - step));
  }

  /** True if {@code ratio} describes {@code actual/compared} correctly. */
  public static boolean accurate(long comparedFen, long actualFen, DisplayedDiscount.Ratio ratio) {
    if (overstates(comparedFen, actualFen, ratio.payPermille())) return false;
    return ratio.upTo() || !understates(comparedFen, actualFen, ratio.payPermille(), ratio.step());
  }

  /**
   * The true pay ratio rounded toward less discount at {@code step}: the one ratio of that step a display
   * may show, in thousandths.
   */
  public static long correctRatio(long comparedFen, long actualFen, int step) {
    long num = Math.multiplyExact(actualFen, 1000L);
    // smallest multiple of step that is >= a*1000/c
    long q = (num + comparedFen - 1) / comparedFen;
    return ((q + step - 1) / step) * step;
  }
}
