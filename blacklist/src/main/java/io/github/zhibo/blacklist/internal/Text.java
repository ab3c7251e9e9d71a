package io.github.zhibo.blacklist.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Code-point-safe text folding shared by every normaliser: NFKC (full-width forms, compatibility
 * ideographs, Kangxi radicals, circled digits), removal of default-ignorable characters (zero-width
 * space/joiners, soft hyphen, BOM, variation selectors) and, for names, accent stripping and traditional →
 * simplified Chinese. Stateless and thread-safe.
 */
public final class Text {

  private Text() {}

  /**
   * NFKC without default-ignorable code points, repeated until stable (removing a zero-width character can
   * bring a letter and a combining mark together, which NFKC then composes): idempotent.
   */
  public static String fold(String raw) {
    if (isPrintableAscii(raw)) return raw; // NFKC leaves printable ASCII as it is: skip the costly call
    String current = raw;
    for (int round = 0; round < 4; round++) {
      String next = stripIgnorable(Normalizer.normalize(stripIgnorable(current), Normalizer.Form.NFKC));
      if (next.equals(current)) return next;
      current = next;
    }
    return current;
  }

  private static String stripIgnorable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (isIgnorable(cp)) {
        if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) return false;
    }
    return true;
  }

  /** Whether decomposing could strip an accent: any Latin-1/Latin Extended letter or combining mark. */
  private static boolean mayCarryAccents(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x00C0 && c <= 0x036F) || (c >= 0x1E00 && c <= 0x1EFF)) return true;
    }
    return false;
  }

  static boolean isIgnorable(int cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x180E
        || (cp >= 0x202A && cp <= 0x202E);
  }

  /** {@code fold}, then only letters and digits kept, upper-cased (identity numbers, payment accounts). */
  public static String alnumUpper(String raw) {
    String s = fold(raw);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(Character.toUpperCase(cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** {@code fold}, then letters and digits kept, lower-cased (device ids, template ids). */
  public static String alnumLower(String raw) {
    return alnumUpper(raw).toLowerCase(Locale.ROOT);
  }

  /**
   * Name tokens: folded, lower-cased, accents stripped, traditional → simplified, split at anything that is
   * not a letter or digit (spaces, commas, middle dots ·・‧•, hyphens, apostrophes, underscores).
   */
  public static List<String> nameTokens(String raw) {
    String s = fold(raw).toLowerCase(Locale.ROOT);
    boolean accents = mayCarryAccents(s);
    if (accents) s = Normalizer.normalize(s, Normalizer.Form.NFD);
    List<String> tokens = new ArrayList<>(4);
    StringBuilder cur = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || isIgnorable(cp)) continue;
      if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(HanTable.simplify(cp));
      } else if (cur.length() > 0) {
        tokens.add(accents ? Normalizer.normalize(cur, Normalizer.Form.NFC) : cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) tokens.add(accents ? Normalizer.normalize(cur, Normalizer.Form.NFC) : cur.toString());
    return tokens;
  }

  /**
   * Match keys of a person's name: the tokens joined in the given order, in reverse order and sorted, each
   * without separators, so that {@code Zhang Wei}, {@code ZHANG  WEI}, {@code Wei Zhang}, {@code zhangwei},
   * {@code SMITH, John} and {@code John Smith} meet, as do {@code 張 偉} and {@code 张伟}; a Latin name of three or
   * more parts also yields its sorted first-and-last key, and a Latin name with initials the keys of the
   * name without them. Empty for a name
   * without letters.
   */
  public static Set<String> nameKeys(String raw) {
    List<String> tokens = nameTokens(raw);
    Set<String> keys = new LinkedHashSet<>(4);
    addKeys(tokens, keys);
    if (tokens.size() > 1 && !hasHan(tokens.get(0))) {
      // initials dropped: "Smith, John A." also meets "John Smith"
      List<String> full = tokens.stream().filter(t -> t.codePointCount(0, t.length()) > 1).toList();
      if (!full.isEmpty() && full.size() < tokens.size()) addKeys(full, keys);
    }
    return keys;
  }

  private static void addKeys(List<String> tokens, Set<String> keys) {
    if (tokens.isEmpty()) return;
    keys.add(String.join("", tokens));
    if (tokens.size() > 1) {
      List<String> reversed = new ArrayList<>(tokens);
      java.util.Collections.reverse(reversed);
      keys.add(String.join("", reversed));
      List<String> sorted = new ArrayList<>(tokens);
      sorted.sort(null);
      keys.add(String.join("", sorted));
    }
    if (tokens.size() > 2 && !hasHan(tokens.get(0))) {
      // a Latin name with middle names also meets its first-and-last form (John Paul Smith ~ John Smith)
      List<String> ends = new ArrayList<>(List.of(tokens.get(0), tokens.get(tokens.size() - 1)));
      ends.sort(null);
      keys.add(String.join("", ends));
    }
  }

  private static boolean hasHan(String token) {
    return token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** One key for an organisation's name or an address: tokens joined in order. Empty if none. */
  public static String compactKey(String raw) {
    return String.join("", nameTokens(raw));
  }
}
