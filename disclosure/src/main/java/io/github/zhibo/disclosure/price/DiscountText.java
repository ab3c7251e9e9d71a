package io.github.zhibo.disclosure.price;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 折 grammar: {@code 5折}, {@code 8.5折}, colloquial {@code 85折} (= 8.5折), {@code 八五折}, {@code 八点五折},
 * {@code 0.1折}, {@code 对折}/{@code 半价}, {@code 省20%}, {@code 20% off}, {@code 降20%}, and reductions
 * {@code 立减100元}, {@code 直降20元}, {@code 省5元}. {@code 10折}, {@code 0折}, {@code 100折} and three or more
 * decimals are rejected. {@code X折起} and {@code 低至X折} parse as "up to" claims. Stateless and thread-safe.
 */
public final class DiscountText {

  private static final String CN = "〇零一二三四五六七八九";
  private static final Pattern ZHE = Pattern.compile("(低至|最低)?(\\d{1,2})(?:\\.(\\d{1,2}))?折(起)?");
  private static final Pattern OFF = Pattern.compile("(?:省|降|减|优惠)(\\d{1,2})%|(\\d{1,2})%off");
  private static final Pattern REDUCTION = Pattern.compile("(?:立减|直降|立省|减|省|降|优惠)(.+)");

  private DiscountText() {}

  /** The claim {@code text} makes, or empty if it is not well-formed. */
  public static Optional<DisplayedDiscount> parse(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (s.isEmpty() || s.length() > 32) return Optional.empty();
    if (s.equals("对折") || s.equals("半价") || s.equals("五折")) {
      return Optional.of(new DisplayedDiscount.Ratio(500, 100, false));
    }
    s = arabic(s);
    Matcher m = ZHE.matcher(s);
    if (m.matches()) {
      return ratio(m.group(2), m.group(3), m.group(1) != null || m.group(4) != null);
    }
    m = OFF.matcher(s);
    if (m.matches()) {
      int x = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      return x >= 1 && x <= 99 ? Optional.of(new DisplayedDiscount.Ratio(1000 - 10 * x, 10, false)) : Optional.empty();
    }
    m = REDUCTION.matcher(s);
    if (m.matches()) {
      var fen = MoneyText.parseFen(m.group(1));
      if (fen.isPresent() && fen.getAsLong() > 0) {
        return Optional.of(new DisplayedDiscount.Reduction(fen.getAsLong()));
      }
    }
    return Optional.empty();
  }

  private static Optional<DisplayedDiscount> ratio(String whole, String decimals, boolean upTo) {
    int w = Integer.parseInt(whole);
    int k;
    int step;
    if (whole.length() == 2) {
      if (decimals != null || whole.charAt(1) == '0' && whole.charAt(0) == '1' || w < 11) {
        return Optional.empty(); // 10折, 100折, 05折, 85.5折
      }
      k = w * 10; // colloquial 85折 = 8.5折
      step = whole.charAt(1) == '0' ? 100 : 10; // 90折 reads as 9折
    } else if (decimals == null) {
      k = w * 100;
      step = 100;
    } else if (decimals.length() == 1) {
      k = w * 100 + Integer.parseInt(decimals) * 10;
      step = 10;
    } else {
      k = w * 100 + Integer.parseInt(decimals);
      step = 1;
    }
    if (k < 1 || k > 999) return Optional.empty();
    return Optional.of(new DisplayedDiscount.Ratio(k, step, upTo));
  }

  /** Rewrites Chinese digits ({@code 八五折}, {@code 八点五折}) as Arabic ones; leaves other text alone. */
  private static String arabic(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = CN.indexOf(c);
      if (d >= 0) {
        sb.append(d == 0 ? '0' : (char) ('0' + d - 1));
      } else if (c == '点' && i > 0 && CN.indexOf(s.charAt(i - 1)) >= 0) {
        sb.append('.');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
