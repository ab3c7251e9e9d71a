package io.github.zhibo.disclosure.text;

import io.github.zhibo.disclosure.internal.AhoCorasick;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds lexicon terms in a text in one pass: {@link TextNormalizer} folds the text (keeping the offset
 * map), an Aho–Corasick automaton matches deny and allow terms together, a deny hit lying inside an allow
 * hit ({@code 第一次}, {@code 最佳赏味期}) is dropped, a term beginning or ending with a Latin letter or digit
 * needs a non-alphanumeric neighbour ({@code No.1} does not hit {@code No.12}), and no match spans more than
 * {@code skipMaxGap} consecutive separators or a sentence break. Optionally a pinyin layer, limited to the
 * lexicon's own terms, matches {@code zui佳} and {@code zuijia}.
 *
 * <p>Thread-safe. {@link #reload(Lexicon)} compiles the new lexicon on the caller's thread and then swaps it
 * in atomically: scans never block and each scan uses one lexicon version throughout.
 */
public final class TextScanner {

  private final int skipMaxGap;
  private final boolean pinyin;
  private final AtomicReference<Compiled> compiled;

  private TextScanner(Builder b) {
    this.skipMaxGap = b.skipMaxGap;
    this.pinyin = b.pinyin;
    this.compiled = new AtomicReference<>(compile(b.lexicon, pinyin));
  }

  /** A builder with the bundled lexicon, {@code skipMaxGap} 2 and no pinyin layer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The version of the lexicon scans currently use. */
  public String lexiconVersion() {
    return compiled.get().version;
  }

  /** Compiles {@code lexicon} and makes it the one later scans use. */
  public void reload(Lexicon lexicon) {
    compiled.set(compile(Objects.requireNonNull(lexicon, "lexicon"), pinyin));
  }

  /** The deny-term hits in {@code text}, in order of their start. */
  public List<TextHit> scan(String text) {
    Compiled c = compiled.get();
    NormalizedText n = TextNormalizer.instance().normalize(text);
    List<int[]> raw = new ArrayList<>();
    char[] chars = n.chars();
    int len = n.length();
    c.automaton.scan(chars, len, n.gaps(), skipMaxGap, (p, s, e, rep) -> {
      if (boundaryOk(chars, len, n.gaps(), s, e)) raw.add(new int[] {p, s, e, rep ? 1 : 0});
    });
    if (raw.isEmpty()) return List.of();
    List<TextHit> hits = new ArrayList<>(raw.size());
    for (int[] h : raw) {
      LexiconEntry entry = c.entries[h[0]];
      if (entry.category() == TermCategory.ALLOW || covered(c, raw, h)) continue;
      hits.add(new TextHit(entry, n.originalStart(h[1]), n.originalEnd(h[2] - 1), evasions(n, h, c.pinyinVariant[h[0]])));
    }
    hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    return List.copyOf(hits);
  }

  private static boolean covered(Compiled c, List<int[]> raw, int[] h) {
    for (int[] a : raw) {
      if (c.entries[a[0]].category() == TermCategory.ALLOW && a[1] <= h[1] && a[2] >= h[2]) return true;
    }
    return false;
  }

  private static boolean boundaryOk(char[] t, int len, byte[] gaps, int s, int e) {
    if (alnum(t[s]) && s > 0 && gaps[s] == 0 && alnum(t[s - 1])) return false;
    return !(alnum(t[e - 1]) && e < len && gaps[e] == 0 && alnum(t[e]));
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  private static EnumSet<Evasion> evasions(NormalizedText n, int[] h, boolean pinyinVariant) {
    EnumSet<Evasion> set = EnumSet.noneOf(Evasion.class);
    for (int i = h[1]; i < h[2]; i++) {
      if (n.width(i)) set.add(Evasion.WIDTH);
      if (n.traditional(i)) set.add(Evasion.TRADITIONAL);
      if (i > h[1]) {
        if (n.gapBefore(i) > 0) set.add(Evasion.SEPARATOR);
        if (n.invisibleBefore(i)) set.add(Evasion.INVISIBLE);
      }
    }
    if (h[3] != 0) set.add(Evasion.REPEAT);
    if (pinyinVariant) set.add(Evasion.PINYIN);
    return set;
  }

  private static Compiled compile(Lexicon lexicon, boolean pinyin) {
    List<String> patterns = new ArrayList<>();
    List<LexiconEntry> owners = new ArrayList<>();
    List<Boolean> variant = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      String folded = TextNormalizer.instance().normalize(e.term()).text();
      if (folded.length() < 2) continue;
      patterns.add(folded);
      owners.add(e);
      variant.add(false);
      if (pinyin && !e.pinyin().isEmpty() && folded.length() == e.pinyin().size() && folded.length() <= 4) {
        int n = folded.length();
        for (int mask = 1; mask < (1 << n); mask++) {
          var sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.append((mask & (1 << i)) != 0 ? e.pinyin().get(i).toLowerCase(java.util.Locale.ROOT) : String.valueOf(folded.charAt(i)));
          }
          patterns.add(sb.toString());
          owners.add(e);
          variant.add(true);
        }
      }
    }
    boolean[] v = new boolean[variant.size()];
    for (int i = 0; i < v.length; i++) v[i] = variant.get(i);
    return new Compiled(lexicon.version(), new AhoCorasick(patterns), owners.toArray(new LexiconEntry[0]), v);
  }

  private static final class Compiled {
    final String version;
    final AhoCorasick automaton;
    final LexiconEntry[] entries;
    final boolean[] pinyinVariant;

    Compiled(String version, AhoCorasick automaton, LexiconEntry[] entries, boolean[] pinyinVariant) {
      this.version = version;
      this.automaton = automaton;
      this.entries = entries;
      this.pinyinVariant = pinyinVariant;
    }
  }

  /** Builds a {@link TextScanner}. Not thread-safe; the scanner it builds is. */
  public static final class Builder {
    private @org.jspecify.annotations.Nullable Lexicon lexicon;
    private int skipMaxGap = 2;
    private boolean pinyin;

    private Builder() {}

    /** The lexicon to compile (default {@link Lexicon#bundled()}). */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** Most consecutive separators skipped inside a term, 0..16 (default 2). */
    public Builder skipMaxGap(int gap) {
      if (gap < 0 || gap > 16) throw new IllegalArgumentException("skipMaxGap must be 0..16: " + gap);
      this.skipMaxGap = gap;
      return this;
    }

    /** Whether to match pinyin spellings of the lexicon's terms (default false). */
    public Builder pinyinMatching(boolean on) {
      this.pinyin = on;
      return this;
    }

    /** The scanner. */
    public TextScanner build() {
      if (lexicon == null) lexicon = Lexicon.bundled();
      return new TextScanner(this);
    }
  }
}
