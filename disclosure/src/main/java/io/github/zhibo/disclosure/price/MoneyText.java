package io.github.zhibo.disclosure.price;

import java.text.Normalizer;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a price as shown ({@code ¥99}, {@code 99元}, {@code 9块9}, {@code 9.9万}, {@code ￥1,299.00}) into fen.
 * More than two decimals, negatives and exponents are rejected. Stateless and thread-safe.
 */
public final class MoneyText {

  private static final Pattern PLAIN = Pattern.compile(
      "(?:¥|￥|rmb|cny)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*(万)?\\s*(?:元|块|圆)?(?:/\\S+)?");
  private static final Pattern KUAI = Pattern.compile("(\\d+)\\s*[块元](\\d)(?:角)?(?:(\\d)分)?");
  private static final Pattern JIAO = Pattern.compile("(\\d)角(?:(\\d)分)?");

  private static final Pattern LABEL = Pattern.compile("^[\\p{IsHan}]{1,6}?[:：]?\\s*(?=[¥￥0-9])");

  private MoneyText() {}

  /** The amount in fen, or empty if {@code text} is not one well-formed amount. */
  public static OptionalLong parseFen(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    // a leading label (到手价, 券后价, 直播价：) names the price; it is not part of the amount
    s = LABEL.matcher(s).replaceFirst("");
    if (s.isEmpty() || s.length() > 40) return OptionalLong.empty();
    try {
      Matcher m = KUAI.matcher(s);
      if (m.matches()) {
        long fen = Math.addExact(Math.multiplyExact(Long.parseLong(m.group(1)), 100L), Long.parseLong(m.group(2)) * 10);
        return OptionalLong.of(fen + (m.group(3) == null ? 0 : Long.parseLong(m.group(3))));
      }
      m = JIAO.matcher(s);
      if (m.matches()) {
        return OptionalLong.of(Long.parseLong(m.group(1)) * 10 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2))));
      }
      m = PLAIN.matcher(s);
      if (!m.matches()) return OptionalLong.empty();
      long yuan = Long.parseLong(m.group(1).replace(",", ""));
      String dec = m.group(2) == null ? "" : m.group(2);
      long fen = Math.multiplyExact(yuan, 100L) + (dec.isEmpty() ? 0 : Long.parseLong(dec) * (dec.length() == 1 ? 10 : 1));
      if (m.group(3) != null) fen = Math.multiplyExact(fen, 10_000L);
      return OptionalLong.of(fen);
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
