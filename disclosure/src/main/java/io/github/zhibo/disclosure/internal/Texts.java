package io.github.zhibo.disclosure.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small text helpers for comparing displayed values with registry values. */
final class Texts {

  /** A full mainland resident ID (18 with check character, optionally grouped 6-8-4, or legacy 15), not masked. */
  private static final Pattern FULL_ID = Pattern.compile(
      "(?<![0-9])(?:[1-9][0-9]{5}[ -]?(?:19|20)[0-9]{6}[ -]?[0-9]{3}[0-9Xx]|[1-9][0-9]{14})(?![0-9Xx])");

  private Texts() {}

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /** NFKC, case fold, brackets unified, whitespace and middle dots removed: 某某（北京）有限公司 ≡ 某某(北京)有限公司. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || c == '·' || c == '\u200B' || c == '\uFEFF') continue;
      sb.append(c == '【' || c == '[' ? '(' : c == '】' || c == ']' ? ')' : c);
    }
    return sb.toString();
  }

  static boolean sameName(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** Whether {@code s} contains a full (unmasked) identity-card number, separators ignored. */
  static boolean containsFullIdNumber(@Nullable String s) {
    if (s == null) return false;
    // separators only where people group an ID number (6-8-4); two phone numbers side by side are not one ID
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return FULL_ID.matcher(n).find();
  }
}
