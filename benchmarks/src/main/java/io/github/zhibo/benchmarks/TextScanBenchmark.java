package io.github.zhibo.benchmarks;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.internal.AhoCorasick;
import io.github.zhibo.disclosure.model.AiPersona;
import io.github.zhibo.disclosure.model.ChangeRecord;
import io.github.zhibo.disclosure.model.DisplayLocation;
import io.github.zhibo.disclosure.model.DisplayMode;
import io.github.zhibo.disclosure.model.Landing;
import io.github.zhibo.disclosure.model.Link;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import io.github.zhibo.disclosure.model.OperatorDisplay;
import io.github.zhibo.disclosure.model.OperatorRegistry;
import io.github.zhibo.disclosure.model.OperatorSection;
import io.github.zhibo.disclosure.model.OperatorType;
import io.github.zhibo.disclosure.model.PriceDisplay;
import io.github.zhibo.disclosure.model.PricePoint;
import io.github.zhibo.disclosure.model.Product;
import io.github.zhibo.disclosure.model.ProductKind;
import io.github.zhibo.disclosure.model.SellerDisclosure;
import io.github.zhibo.disclosure.model.SellerSwitch;
import io.github.zhibo.disclosure.model.TextAsset;
import io.github.zhibo.disclosure.model.TextCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.github.zhibo.disclosure.text.Exemption;
import io.github.zhibo.disclosure.text.Lexicon;
import io.github.zhibo.disclosure.text.LexiconEntry;
import io.github.zhibo.disclosure.text.TermCategory;
import io.github.zhibo.disclosure.text.TextNormalizer;
import io.github.zhibo.disclosure.text.TextScanner;
import io.github.zhibo.core.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The disclosure text scanner side by side with hankcs ACDAT 1.2.3 on the same lexicon and text: the bundled
 * lexicon plus seeded synthetic 2–4 character CJK terms up to {@code terms}, and a 64 Ki-character seeded
 * CJK corpus with about 2 % of its characters inside lexicon terms. Scores are time per corpus pass
 * ({@code *Scan}), per lexicon build ({@code *Build}) and per typical snapshot ({@code checkSnapshot}: about
 * 4,000 characters of text in 8 fields, 20 priced products with histories, a seller and an AI persona).
 *
 * <p>chars/s = 65,536 / score. Run: {@code java -jar benchmarks/target/benchmarks.jar TextScanBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextScanBenchmark {

  static final int CORPUS_CHARS = 1 << 16;
  private static final long SEED = 20261203L;

  @Param({"2000", "10000"})
  public int terms;

  private List<String> patterns;
  private Lexicon lexicon;
  private String corpus;
  private char[] folded;
  private AhoCorasick own;
  private AhoCorasickDoubleArrayTrie<Integer> acdat;
  private TextScanner scanner;
  private PageChecker checker;
  private RegulationProfile profile;
  private LiveRoomSnapshot snapshot;

  /** Builds the lexicon, corpus, both automata and the typical snapshot. */
  @Setup(Level.Trial)
  public void setUp() {
    var random = new SplittableRandom(SEED);
    Set<String> set = new LinkedHashSet<>();
    List<LexiconEntry> entries = new ArrayList<>(Lexicon.bundled().entries());
    entries.forEach(e -> set.add(e.term()));
    while (set.size() < terms) {
      String t = cjk(random, 2 + random.nextInt(3));
      if (set.add(t)) entries.add(new LexiconEntry(t, TermCategory.ABSOLUTE, Severity.VIOLATION, Exemption.NONE, List.of()));
    }
    lexicon = new Lexicon("bench-" + terms, entries);
    patterns = new ArrayList<>();
    for (LexiconEntry e : entries) patterns.add(TextNormalizer.instance().normalize(e.term()).text());
    var sb = new StringBuilder(CORPUS_CHARS + 8);
    while (sb.length() < CORPUS_CHARS) {
      if (random.nextInt(100) < 1) {
        sb.append(patterns.get(random.nextInt(patterns.size()))); // ~2 % of characters inside terms
      } else {
        sb.append(cjk(random, 1));
        if (random.nextInt(20) == 0) sb.append('，');
      }
    }
    sb.setLength(CORPUS_CHARS);
    corpus = sb.toString();
    var n = TextNormalizer.instance().normalize(corpus);
    folded = n.text().toCharArray();
    own = new AhoCorasick(patterns);
    acdat = buildAcdat();
    scanner = TextScanner.builder().lexicon(lexicon).build();
    checker = PageChecker.builder().lexicon(lexicon).build();
    profile = RegulationProfiles.defaultProfile();
    snapshot = typicalSnapshot(random);
  }

  private AhoCorasickDoubleArrayTrie<Integer> buildAcdat() {
    var map = new TreeMap<String, Integer>();
    for (int i = 0; i < patterns.size(); i++) map.putIfAbsent(patterns.get(i), i);
    var trie = new AhoCorasickDoubleArrayTrie<Integer>();
    trie.build(map);
    return trie;
  }

  private static String cjk(SplittableRandom r, int n) {
    var sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append((char) (0x4E00 + r.nextInt(3500))); // common-character block
    return sb.toString();
  }

  /** Own automaton on pre-folded text (the raw matcher, no normalisation). */
  @Benchmark
  public void ownRawScan(Blackhole bh) {
    int[] count = new int[1];
    own.scan(folded, folded.length, null, 0, (p, s, e, r) -> count[0]++);
    bh.consume(count[0]);
  }

  /** hankcs ACDAT on the same pre-folded text. */
  @Benchmark
  public void acdatRawScan(Blackhole bh) {
    int[] count = new int[1];
    acdat.parseText(folded, (b, e, v) -> count[0]++);
    bh.consume(count[0]);
  }

  /** End to end: normalise with offset map, match deny and allow terms, covers, boundaries, original spans. */
  @Benchmark
  public Object ownEndToEndScan() {
    return scanner.scan(corpus);
  }

  /** The normaliser alone. */
  @Benchmark
  public Object normalizeOnly() {
    return TextNormalizer.instance().normalize(corpus);
  }

  /** Building the own automaton from the lexicon (including folding every term). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 10)
  public Object ownBuild() {
    return TextScanner.builder().lexicon(lexicon).build();
  }

  /** Building hankcs ACDAT from the same (folded) terms. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 10)
  public Object acdatBuild() {
    return buildAcdat();
  }

  /** A typical snapshot through every rule. */
  @Benchmark
  public Object checkSnapshot() {
    return checker.report(snapshot, profile);
  }

  private LiveRoomSnapshot typicalSnapshot(SplittableRandom r) {
    var operator = new OperatorSection(OperatorType.ORGANIZATION,
        new OperatorRegistry("杭州某某科技有限公司", "91330106MA27XY3K2M", "杭州", List.of()),
        new OperatorDisplay(DisplayLocation.ACCOUNT_HOME, DisplayMode.DIRECT, "杭州某某科技有限公司", "91330106MA27XY3K2M", "杭州",
            null, null, null, null, null, List.of()),
        List.of(new ChangeRecord(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 4))));
    var link = new Link(1, true, true, true, 0, List.of(), false, false, false, false,
        new Landing("某某商行", "杭州", "0571-1", null, null));
    var seller = new SellerDisclosure("p0", "某某商行", DisplayMode.LINK, null, BigDecimal.ONE, link,
        List.of(new SellerSwitch(new BigDecimal(600), "某某商行", new BigDecimal(602))));
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      List<PricePoint> history = new ArrayList<>();
      for (int h = 0; h < 30; h++) history.add(new PricePoint(h + 1, 19900L + r.nextInt(1000), true));
      var price = new PriceDisplay(9900L, "¥99", 19900L, "划线价", null, null, null, "5折", 10000L, null, null, null, null,
          history, null, null, null, null, null, null, null, null);
      products.add(new Product("p" + i, ProductKind.GOODS, "西湖龙井茶" + i, "250g", "元/盒", null, null, null, price));
    }
    String[] fields = {"accountName", "avatar", "intro", "liveRoomTitle", "cover", "set", "props", "danmakuByOperator"};
    List<TextAsset> texts = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      texts.add(new TextAsset(fields[i], corpus.substring(i * 500, i * 500 + 500), TextCategory.GENERAL, null));
    }
    var ai = new AiPersona(true, "AI生成", BigDecimal.ONE, new BigDecimal("0.2"), BigDecimal.ZERO, 60, 1080, 1920, null, true);
    return new LiveRoomSnapshot(operator, null, List.of(seller), products, texts, ai);
  }
}
