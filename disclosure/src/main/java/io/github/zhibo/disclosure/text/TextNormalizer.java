package io.github.zhibo.disclosure.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * One pass that folds a text for matching and keeps an offset map back to the original: NFKC
 * (full-width → half-width, {@code ①} → {@code 1}, expansions such as {@code ⒦} → {@code (k)}), case fold
 * with {@link Locale#ROOT}, traditional → simplified from OpenCC's one-to-one character table (bundled,
 * Apache-2.0, see {@link #TS_TABLE_VERSION}); invisible format characters are dropped; whitespace,
 * punctuation and symbols (including {@code ￥ · …} and emoji) are dropped and counted as separators;
 * {@code 。！？} and line ends are hard breaks. Repeats are left to the matcher.
 *
 * <p>The per-character table is computed once per JVM and is a fixpoint, so normalising a normalised text
 * changes nothing. Immutable and thread-safe.
 */
public final class TextNormalizer {

  /** Version of the bundled traditional → simplified table. */
  public static final String TS_TABLE_VERSION = "opencc-1.4.1-34";

  private static final int KEEP = 0;
  private static final int SKIP = 1;
  private static final int INVISIBLE = 2;
  private static final int BREAK = 3;

  private static final class Tables {
    static final char[] SINGLE = new char[65536];
    static final String[] MULTI = new String[65536];
    static final byte[] CLASS = new byte[65536];
    static final byte[] FLAGS = new byte[65536];

    static {
      char[] ts = loadTs();
      for (int c = 0; c < 65536; c++) {
        char ch = (char) c;
        CLASS[c] = (byte) classify(ch);
        if (Character.isSurrogate(ch)) {
          SINGLE[c] = ch;
          continue;
        }
        String s = String.valueOf(ch);
        String f = s;
        for (int round = 0; round < 4; round++) {
          String next = fold(f, ts);
          if (next.equals(f)) break;
          f = next;
        }
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        byte flag = 0;
        if (!nfkc.equals(s) && !nfkc.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) flag |= NormalizedText.WIDTH;
        if (f.length() == 1 && ts[c] != 0) flag |= NormalizedText.TRADITIONAL;
        FLAGS[c] = flag;
        if (CLASS[c] == SKIP && !f.equals(s)) {
          // a symbol that folds to letters or digits (⒦ -> (k), ㈤ -> (五)) is text, not a separator
          for (int i = 0; i < f.length(); i++) {
            if (classify(f.charAt(i)) == KEEP) {
              CLASS[c] = KEEP;
              break;
            }
          }
        }
        if (f.length() == 1) {
          SINGLE[c] = f.charAt(0);
        } else {
          MULTI[c] = f;
        }
      }
    }

    private static String fold(String s, char[] ts) {
      String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      var sb = new StringBuilder(n.length());
      for (int i = 0; i < n.length(); i++) {
        char c = n.charAt(i);
        sb.append(ts[c] != 0 ? ts[c] : c);
      }
      return sb.toString();
    }

    private static char[] loadTs() {
      char[] ts = new char[65536];
      try (InputStream in = TextNormalizer.class.getResourceAsStream("ts-characters.tsv")) {
        if (in == null) throw new IllegalStateException("bundled ts-characters.tsv is missing");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isEmpty() || line.charAt(0) == '#') continue;
          if (line.length() == 3 && line.charAt(1) == '\t') ts[line.charAt(0)] = line.charAt(2);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ts;
    }

    private static int classify(char c) {
      if (c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\u2028' || c == '\u2029') {
        return BREAK;
      }
      if (Character.isSurrogate(c)) return KEEP; // decided per code point
      int t = Character.getType(c);
      if (t == Character.FORMAT || (c >= '\uFE00' && c <= '\uFE0F') || c == '\u180E' || c == '\u034F') return INVISIBLE;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) return SKIP;
      switch (t) {
        case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
            Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
            Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.NON_SPACING_MARK,
            Character.ENCLOSING_MARK:
          return SKIP;
        default:
          return KEEP;
      }
    }
  }

  private static final TextNormalizer INSTANCE = new TextNormalizer();

  private TextNormalizer() {}

  /** The normaliser (it has no settings; the separator budget belongs to the matcher). */
  public static TextNormalizer instance() {
    return INSTANCE;
  }

  /** Forces the one-time table build (about 65k NFKC calls) so the first scan is not slow. */
  public static void warmUp() {
    Objects.requireNonNull(Tables.SINGLE);
  }

  /** Folds {@code text}; see the class comment. */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] out = new char[n + 8];
    int[] start = new int[n + 8];
    byte[] gap = new byte[n + 8];
    byte[] flags = new byte[n + 8];
    int len = 0;
    int pendingGap = 0;
    boolean pendingInvisible = false;
    char[] single = Tables.SINGLE;
    byte[] cls = Tables.CLASS;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int k = cls[c];
      if (k == BREAK) {
        pendingGap = NormalizedText.HARD_BREAK;
        continue;
      }
      if (k == INVISIBLE) {
        pendingInvisible = true;
        continue;
      }
      if (k == SKIP) {
        if (pendingGap < NormalizedText.HARD_BREAK - 1) pendingGap++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        int t = Character.getType(cp);
        if (t == Character.OTHER_SYMBOL || t == Character.MODIFIER_SYMBOL || (cp >= 0xE0000 && cp <= 0xE007F)) {
          if (cp >= 0xE0000 && cp <= 0xE007F) {
            pendingInvisible = true; // tag characters
          } else if (pendingGap < NormalizedText.HARD_BREAK - 1) {
            pendingGap++;
          }
          i++;
          continue;
        }
        if (len + 2 > out.length) {
          int cap = out.length * 2 + 2;
          out = java.util.Arrays.copyOf(out, cap);
          start = java.util.Arrays.copyOf(start, cap);
          gap = java.util.Arrays.copyOf(gap, cap);
          flags = java.util.Arrays.copyOf(flags, cap);
        }
        for (int j = 0; j < 2; j++) {
          out[len] = text.charAt(i + j);
          start[len] = i;
          gap[len] = (byte) (j == 0 ? pendingGap : 0);
          flags[len] = j == 0 && pendingInvisible ? NormalizedText.INVISIBLE_BEFORE : 0;
          len++;
        }
        pendingGap = 0;
        pendingInvisible = false;
        i++;
        continue;
      }
      String multi = Tables.MULTI[c];
      int count = multi == null ? 1 : multi.length();
      if (len + count > out.length) {
        int cap = Math.max(out.length * 2, len + count + 8);
        out = java.util.Arrays.copyOf(out, cap);
        start = java.util.Arrays.copyOf(start, cap);
        gap = java.util.Arrays.copyOf(gap, cap);
        flags = java.util.Arrays.copyOf(flags, cap);
      }
      byte f = Tables.FLAGS[c];
      for (int j = 0; j < count; j++) {
        char d = multi == null ? single[c] : multi.charAt(j);
        if (cls[d] != KEEP) {
          // an expansion's own punctuation (⒦ -> (k)) is not a separator the writer typed; a character that
          // folds to punctuation is one
          if (multi == null && pendingGap < NormalizedText.HARD_BREAK - 1) pendingGap++;
          continue;
        }
        out[len] = d;
        start[len] = i;
        gap[len] = (byte) pendingGap;
        flags[len] = (byte) (f | (pendingInvisible ? NormalizedText.INVISIBLE_BEFORE : 0));
        pendingGap = 0;
        pendingInvisible = false;
        len++;
      }
    }
    return new NormalizedText(text, out, start, gap, flags, len);
  }
}
