package io.github.zhibo.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The judgement calls the regulation leaves open ("持续", "显著" have no numbers), with documented defaults.
 * The defaults are engineering heuristics, not legal thresholds. The keys are the JSON keys of the
 * {@code pages check --config} file.
 *
 * @param sellerSwitchToleranceSec {@code sellerSwitchToleranceSec} [5]: seconds the seller disclosure may lag a seller switch
 * @param sellerMinCoverage {@code sellerMinCoverage} [0.999]: least share of on-sale time the seller disclosure is visible
 * @param aiLabelMaxGapSec {@code aiLabelMaxGapSec} [1.0]: largest gap in the AI label while the persona is on screen
 * @param aiLabelMinCoverage {@code aiLabelMinCoverage} [0.999]: least share of on-screen time the AI label is visible
 * @param aiLabelMinHeightPermille {@code aiLabelMinHeightPermille} [50]: label text height in thousandths of the frame's
 *     shorter side (GB 45438-2025: 5 %)
 * @param textSkipMaxGap {@code textSkipMaxGap} [2]: most separators skipped inside a term
 * @param pinyinMatching {@code pinyinMatching} [false]: match pinyin spellings of lexicon terms
 * @param singleVerificationAllowed {@code singleVerificationAllowed} [true]: one verification before seller information is
 *     acceptable (the texts forbid 连续多次验证); false makes a single one a violation
 * @param priceRaisePercent {@code priceRaisePercent} [10]: a tag-price raise of at least this much shortly before a promotion
 *     is "raise, then discount" (Order 56 Art. 17)
 * @param priceRaiseWindowDays {@code priceRaiseWindowDays} [30]: how shortly before
 * @param comparisonWindowDays {@code comparisonWindowDays} [7]: days of transaction history behind an unexplained compared
 *     price (Order 56 Art. 16 ¶2)
 */
public record DisclosureConfig(
    BigDecimal sellerSwitchToleranceSec,
    BigDecimal sellerMinCoverage,
    BigDecimal aiLabelMaxGapSec,
    BigDecimal aiLabelMinCoverage,
    int aiLabelMinHeightPermille,
    int textSkipMaxGap,
    boolean pinyinMatching,
    boolean singleVerificationAllowed,
    int priceRaisePercent,
    int priceRaiseWindowDays,
    int comparisonWindowDays) {

  private static final DisclosureConfig DEFAULTS = new DisclosureConfig(new BigDecimal("5"), new BigDecimal("0.999"),
      new BigDecimal("1.0"), new BigDecimal("0.999"), 50, 2, false, true, 10, 30, 7);

  /** Validates ranges; throws {@link IllegalArgumentException} naming the key. */
  public DisclosureConfig {
    requireNonNegative("sellerSwitchToleranceSec", sellerSwitchToleranceSec);
    requireRatio("sellerMinCoverage", sellerMinCoverage);
    requireNonNegative("aiLabelMaxGapSec", aiLabelMaxGapSec);
    requireRatio("aiLabelMinCoverage", aiLabelMinCoverage);
    requireRange("aiLabelMinHeightPermille", aiLabelMinHeightPermille, 1, 1000);
    requireRange("textSkipMaxGap", textSkipMaxGap, 0, 16);
    requireRange("priceRaisePercent", priceRaisePercent, 1, 1000);
    requireRange("priceRaiseWindowDays", priceRaiseWindowDays, 1, 3660);
    requireRange("comparisonWindowDays", comparisonWindowDays, 1, 366);
  }

  /** The documented defaults. */
  public static DisclosureConfig defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void requireNonNegative(String key, BigDecimal v) {
    Objects.requireNonNull(v, key);
    if (v.signum() < 0) throw new IllegalArgumentException(key + " must be >= 0");
  }

  private static void requireRatio(String key, BigDecimal v) {
    requireNonNegative(key, v);
    if (v.compareTo(BigDecimal.ONE) > 0) throw new IllegalArgumentException(key + " must be between 0 and 1");
  }

  private static void requireRange(String key, int v, int min, int max) {
    if (v < min || v > max) throw new IllegalArgumentException(key + " must be " + min + ".." + max);
  }

  /** Builds a {@link DisclosureConfig}; not thread-safe. */
  public static final class Builder {
    private BigDecimal sellerSwitchToleranceSec;
    private BigDecimal sellerMinCoverage;
    private BigDecimal aiLabelMaxGapSec;
    private BigDecimal aiLabelMinCoverage;
    private int aiLabelMinHeightPermille;
    private int textSkipMaxGap;
    private boolean pinyinMatching;
    private boolean singleVerificationAllowed;
    private int priceRaisePercent;
    private int priceRaiseWindowDays;
    private int comparisonWindowDays;

    private Builder(DisclosureConfig c) {
      sellerSwitchToleranceSec = c.sellerSwitchToleranceSec;
      sellerMinCoverage = c.sellerMinCoverage;
      aiLabelMaxGapSec = c.aiLabelMaxGapSec;
      aiLabelMinCoverage = c.aiLabelMinCoverage;
      aiLabelMinHeightPermille = c.aiLabelMinHeightPermille;
      textSkipMaxGap = c.textSkipMaxGap;
      pinyinMatching = c.pinyinMatching;
      singleVerificationAllowed = c.singleVerificationAllowed;
      priceRaisePercent = c.priceRaisePercent;
      priceRaiseWindowDays = c.priceRaiseWindowDays;
      comparisonWindowDays = c.comparisonWindowDays;
    }

    /** See {@link DisclosureConfig#sellerSwitchToleranceSec()}. */
    public Builder sellerSwitchToleranceSec(BigDecimal v) { sellerSwitchToleranceSec = v; return this; }
    /** See {@link DisclosureConfig#sellerMinCoverage()}. */
    public Builder sellerMinCoverage(BigDecimal v) { sellerMinCoverage = v; return this; }
    /** See {@link DisclosureConfig#aiLabelMaxGapSec()}. */
    public Builder aiLabelMaxGapSec(BigDecimal v) { aiLabelMaxGapSec = v; return this; }
    /** See {@link DisclosureConfig#aiLabelMinCoverage()}. */
    public Builder aiLabelMinCoverage(BigDecimal v) { aiLabelMinCoverage = v; return this; }
    /** See {@link DisclosureConfig#aiLabelMinHeightPermille()}. */
    public Builder aiLabelMinHeightPermille(int v) { aiLabelMinHeightPermille = v; return this; }
    /** See {@link DisclosureConfig#textSkipMaxGap()}. */
    public Builder textSkipMaxGap(int v) { textSkipMaxGap = v; return this; }
    /** See {@link DisclosureConfig#pinyinMatching()}. */
    public Builder pinyinMatching(boolean v) { pinyinMatching = v; return this; }
    /** See {@link DisclosureConfig#singleVerificationAllowed()}. */
    public Builder singleVerificationAllowed(boolean v) { singleVerificationAllowed = v; return this; }
    /** See {@link DisclosureConfig#priceRaisePercent()}. */
    public Builder priceRaisePercent(int v) { priceRaisePercent = v; return this; }
    /** See {@link DisclosureConfig#priceRaiseWindowDays()}. */
    public Builder priceRaiseWindowDays(int v) { priceRaiseWindowDays = v; return this; }
    /** See {@link DisclosureConfig#comparisonWindowDays()}. */
    public Builder comparisonWindowDays(int v) { comparisonWindowDays = v; return this; }

    /** The configuration; throws {@link IllegalArgumentException} naming a key out of range. */
    public DisclosureConfig build() {
      return new DisclosureConfig(sellerSwitchToleranceSec, sellerMinCoverage, aiLabelMaxGapSec, aiLabelMinCoverage,
          aiLabelMinHeightPermille, textSkipMaxGap, pinyinMatching, singleVerificationAllowed, priceRaisePercent,
          priceRaiseWindowDays, comparisonWindowDays);
    }
  }
}
