package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.ComparisonInfoMode;
import io.github.zhibo.disclosure.model.ComparisonLink;
import io.github.zhibo.disclosure.model.PriceConditions;
import io.github.zhibo.disclosure.model.PriceDisplay;
import io.github.zhibo.disclosure.model.PricePoint;
import io.github.zhibo.disclosure.price.DiscountMath;
import io.github.zhibo.disclosure.price.DiscountText;
import io.github.zhibo.disclosure.price.DisplayedDiscount;
import io.github.zhibo.disclosure.price.MoneyText;
import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Price display and comparisons (DRAFT_2025 Art. 27, ORDER_117 Art. 32, with 《明码标价和禁止价格欺诈规定》
 * Art. 16–20 under both): the shown price text equals the structured price, 折 claims are rounded toward
 * less discount, reductions are exact to the fen, the compared price's meaning is stated (draft), an
 * unexplained compared price is at most the 7-day lowest transaction price, MSRP labelling, no raise before
 * the discount, no live-room price below the detail or checkout price, disclosed and reachable conditions.
 * All arithmetic is exact on fen.
 */
final class PriceRules {

  static final String MSRP_LABEL = "厂商建议零售价";

  private PriceRules() {}

  static void check(PriceDisplay pr, String path, RuleContext rc) {
    long actual = pr.actualFen();
    textMatches("PRICE.TEXT_MISMATCH", pr.displayedActualText(), actual, path + ".displayedActualText", rc);
    boolean claim = pr.displayedDiscount() != null || pr.displayedReductionFen() != null || pr.displayedReductionText() != null;
    boolean comparison = claim || positive(pr.comparedFen());
    if (pr.comparisonInfoMode() == ComparisonInfoMode.LINK || pr.comparisonLink() != null) {
      comparisonLink(pr.comparisonLink(), path, rc);
    }
    if (!comparison) {
      consistency(pr, actual, path, rc);
      conditions(pr, actual, path, rc);
      return;
    }
    boolean baseBehindLink = pr.comparisonInfoMode() == ComparisonInfoMode.LINK && pr.comparisonLink() != null
        && Boolean.TRUE.equals(pr.comparisonLink().showsBase());
    if (!positive(pr.comparedFen())) {
      if (!baseBehindLink) {
        add("PRICE.COMPARED_MISSING", Severity.VIOLATION, path + ".comparedFen", Evidence.builder().put("present", false).build(), rc);
      }
    } else {
      long compared = pr.comparedFen();
      claims(pr, compared, actual, path, rc);
      meaningAndBase(pr, compared, path, rc);
      msrp(pr, compared, path, rc);
      raise(pr, compared, path, rc);
    }
    consistency(pr, actual, path, rc);
    conditions(pr, actual, path, rc);
  }

  private static void claims(PriceDisplay pr, long compared, long actual, String path, RuleContext rc) {
    if (pr.displayedDiscount() != null) {
      Optional<DisplayedDiscount> d = DiscountText.parse(pr.displayedDiscount());
      String p = path + ".displayedDiscount";
      if (d.isEmpty()) {
        add("PRICE.DISCOUNT_RATE", Severity.VIOLATION, p, Evidence.builder().put("wellFormed", false).build(), rc);
      } else if (d.get() instanceof DisplayedDiscount.Ratio r) {
        boolean ok = compared > actual && DiscountMath.accurate(compared, actual, r);
        if (!ok) {
          var ev = Evidence.builder().put("claimedPayPermille", r.payPermille()).put("step", r.step());
          if (compared > 0) ev.put("correctPayPermille", DiscountMath.correctRatio(compared, actual, r.step()));
          add("PRICE.DISCOUNT_RATE", Severity.VIOLATION, p, ev.build(), rc);
        }
      } else if (d.get() instanceof DisplayedDiscount.Reduction red) {
        reduction(red.fen(), compared, actual, p, rc);
      }
    }
    if (pr.displayedReductionFen() != null) {
      reduction(pr.displayedReductionFen(), compared, actual, path + ".displayedReductionFen", rc);
    }
    if (pr.displayedReductionText() != null) {
      String p = path + ".displayedReductionText";
      OptionalLong amount = reductionAmount(pr.displayedReductionText());
      if (amount.isEmpty()) {
        add("PRICE.REDUCTION_AMOUNT", Severity.VIOLATION, p, Evidence.builder().put("wellFormed", false).build(), rc);
      } else {
        reduction(amount.getAsLong(), compared, actual, p, rc);
      }
    }
  }

  private static OptionalLong reductionAmount(String text) {
    Optional<DisplayedDiscount> d = DiscountText.parse(text);
    if (d.isPresent() && d.get() instanceof DisplayedDiscount.Reduction red) return OptionalLong.of(red.fen());
    return d.isPresent() ? OptionalLong.empty() : MoneyText.parseFen(text);
  }

  private static void reduction(long shown, long compared, long actual, String path, RuleContext rc) {
    long truth = compared - actual;
    if (truth <= 0 || shown != truth) {
      add("PRICE.REDUCTION_AMOUNT", Severity.VIOLATION, path,
          Evidence.builder().put("shownFen", shown).put("trueReductionFen", truth).build(), rc);
    }
  }

  private static void meaningAndBase(PriceDisplay pr, long compared, String path, RuleContext rc) {
    boolean msrpLabel = pr.comparedLabel() != null && fold(pr.comparedLabel()).equals(MSRP_LABEL);
    boolean meaningText = !Texts.blank(pr.comparedMeaningText());
    boolean meaningLink = !Texts.blank(pr.comparedMeaningLink());
    boolean disclosed = Boolean.TRUE.equals(pr.comparedMeaningDisclosed()) || meaningText || meaningLink || msrpLabel;
    if (rc.rules().meaningRequired() && !disclosed) {
      add("PRICE.COMPARED_MEANING", Severity.VIOLATION, path + ".comparedMeaningText",
          Evidence.builder().put("meaningStated", false).build(), rc);
    }
    boolean claimsWindowBase = meaningText && claimsLowestInWindow(pr.comparedMeaningText());
    if ((disclosed && !claimsWindowBase) || pr.history() == null) return;
    int window = rc.config().comparisonWindowDays();
    long min = Long.MAX_VALUE;
    long last = -1;
    int lastDays = Integer.MAX_VALUE;
    for (PricePoint h : pr.history()) {
      if (h.priceFen() == null || h.daysBeforeComparison() == null || Boolean.FALSE.equals(h.valid())) continue;
      int days = h.daysBeforeComparison();
      if (days < 1) continue; // the window is D-7 .. D-1; the comparison day itself does not count
      if (days <= window) {
        min = Math.min(min, h.priceFen());
      } else if (days < lastDays) {
        lastDays = days;
        last = h.priceFen();
      }
    }
    var ev = Evidence.builder().put("windowDays", window).put("comparedFen", compared);
    if (min != Long.MAX_VALUE) {
      if (compared > min) {
        add("PRICE.COMPARED_BASE", Severity.VIOLATION, path + ".comparedFen", ev.put("lowestInWindowFen", min).build(), rc);
      }
    } else if (last >= 0) {
      if (compared > last) {
        add("PRICE.COMPARED_BASE", Severity.VIOLATION, path + ".comparedFen", ev.put("lastTransactionFen", last).build(), rc);
      }
    } else {
      add("PRICE.COMPARED_BASE", Severity.VIOLATION, path + ".comparedFen", ev.put("neverSold", true).build(), rc);
    }
  }

  private static boolean claimsLowestInWindow(String meaning) {
    String m = fold(meaning);
    return (m.contains("7日") || m.contains("七日") || m.contains("7天") || m.contains("七天")) && m.contains("最低");
  }

  private static void msrp(PriceDisplay pr, long compared, String path, RuleContext rc) {
    String label = pr.comparedLabel() == null ? "" : fold(pr.comparedLabel());
    boolean msrpPresent = pr.msrp() != null && positive(pr.msrp().fen());
    boolean looksMsrp = label.contains("建议") || label.contains("指导价") || label.contains("msrp")
        || (msrpPresent && compared == pr.msrp().fen());
    if (!looksMsrp) return;
    if (!label.equals(MSRP_LABEL)) {
      add("PRICE.MSRP", Severity.VIOLATION, path + ".comparedLabel", Evidence.builder().put("labelExact", false).build(), rc);
    }
    if (msrpPresent && (compared != pr.msrp().fen() || Boolean.FALSE.equals(pr.msrp().comparedUpdatedAfterChange()))) {
      add("PRICE.MSRP", Severity.VIOLATION, path + ".msrp",
          Evidence.builder().put("comparedFen", compared).put("msrpFen", pr.msrp().fen()).build(), rc);
    }
  }

  private static void raise(PriceDisplay pr, long compared, String path, RuleContext rc) {
    var r = pr.raisedBeforePromo();
    if (r == null || !positive(r.previousTagFen()) || r.raisedDaysBeforePromo() == null) return;
    long previous = r.previousTagFen();
    int days = r.raisedDaysBeforePromo();
    // raised by >= X % within N days, and the raised price is the base: compared*100 >= previous*(100+X)
    if (days >= 0 && days <= rc.config().priceRaiseWindowDays()
        && Math.multiplyExact(compared, 100L) >= Math.multiplyExact(previous, 100L + rc.config().priceRaisePercent())) {
      add("PRICE.RAISED_BEFORE_PROMO", Severity.VIOLATION, path + ".raisedBeforePromo",
          Evidence.builder().put("previousTagFen", previous).put("comparedFen", compared).put("daysBefore", days).build(), rc);
    }
  }

  private static void consistency(PriceDisplay pr, long actual, String path, RuleContext rc) {
    long live = positive(pr.liveRoomPriceFen()) ? pr.liveRoomPriceFen() : actual;
    if (positive(pr.detailPagePriceFen()) && live < pr.detailPagePriceFen()) {
      add("PRICE.PAGE_MISMATCH", Severity.VIOLATION, path + ".detailPagePriceFen",
          Evidence.builder().put("liveRoomFen", live).put("detailPageFen", pr.detailPagePriceFen()).build(), rc);
    }
    if (positive(pr.checkoutPriceFen()) && live < pr.checkoutPriceFen()) {
      add("PRICE.PAGE_MISMATCH", Severity.VIOLATION, path + ".checkoutPriceFen",
          Evidence.builder().put("liveRoomFen", live).put("checkoutFen", pr.checkoutPriceFen()).build(), rc);
    }
  }

  private static void conditions(PriceDisplay pr, long actual, String path, RuleContext rc) {
    PriceConditions c = pr.conditions();
    if (pr.displayedFinalPriceText() != null && positive(pr.displayedFinalPriceFen())) {
      textMatches("PRICE.TEXT_MISMATCH", pr.displayedFinalPriceText(), pr.displayedFinalPriceFen(),
          path + ".displayedFinalPriceText", rc);
    }
    if (c == null) return;
    if (Boolean.FALSE.equals(c.disclosed())) {
      add("PRICE.CONDITIONS", Severity.VIOLATION, path + ".conditions", Evidence.builder().put("disclosed", false).build(), rc);
    }
    long units = c.unitsInOffer() == null || c.unitsInOffer() < 1 ? 1 : c.unitsInOffer();
    long total = Math.multiplyExact(actual, units);
    long coupon = c.couponAmountFen() == null ? 0 : Math.max(0, c.couponAmountFen());
    boolean reachable = !positive(c.couponThresholdFen()) || total >= c.couponThresholdFen();
    if (coupon > 0 && !reachable) {
      add("PRICE.CONDITIONS", Severity.VIOLATION, path + ".conditions",
          Evidence.builder().put("offerTotalFen", total).put("thresholdFen", c.couponThresholdFen()).build(), rc);
    }
    if (positive(pr.displayedFinalPriceFen())) {
      long computed = Math.max(0, total - (reachable ? coupon : 0));
      long perUnit = (computed + units - 1) / units;
      // the most lenient reading (per unit or per offer) must still not understate what the buyer pays
      if (pr.displayedFinalPriceFen() < perUnit) {
        add("PRICE.FINAL_PRICE", Severity.VIOLATION, path + ".displayedFinalPriceFen",
            Evidence.builder().put("shownFen", pr.displayedFinalPriceFen()).put("computedFen", computed).build(), rc);
      }
    }
  }

  private static void comparisonLink(@Nullable ComparisonLink link, String path, RuleContext rc) {
    if (link == null) {
      add("PRICE.COMPARISON_LINK", Severity.VIOLATION, path + ".comparisonLink", Evidence.builder().put("present", false).build(), rc);
      return;
    }
    boolean tooDeep = link.hops() != null && link.hops() > 1;
    boolean noBase = Boolean.FALSE.equals(link.showsBase());
    if (tooDeep || noBase) {
      var ev = Evidence.builder();
      if (link.hops() != null) ev.put("hops", link.hops());
      if (link.showsBase() != null) ev.put("showsBase", link.showsBase());
      add("PRICE.COMPARISON_LINK", Severity.VIOLATION, path + ".comparisonLink", ev.build(), rc);
    }
  }

  private static void textMatches(String rule, @Nullable String text, long fen, String path, RuleContext rc) {
    if (Texts.blank(text)) return;
    OptionalLong parsed = MoneyText.parseFen(text);
    if (parsed.isEmpty()) {
      add(rule, Severity.WARNING, path, Evidence.builder().put("parsed", false).build(), rc);
    } else if (parsed.getAsLong() != fen) {
      add(rule, Severity.VIOLATION, path, Evidence.builder().put("shownFen", parsed.getAsLong()).put("structuredFen", fen).build(), rc);
    }
  }

  private static void add(String rule, Severity s, String path, Evidence ev, RuleContext rc) {
    rc.add(rule, Obligation.PRICE_COMPARISON, s, path, ev);
  }

  private static boolean positive(@Nullable Long v) {
    return v != null && v > 0;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT);
  }
}
