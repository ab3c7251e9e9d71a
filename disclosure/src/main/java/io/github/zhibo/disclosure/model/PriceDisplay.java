package io.github.zhibo.disclosure.model;

import io.github.zhibo.disclosure.internal.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product's price display; money in integer fen.
 *
 * @param actualFen actual selling price (absent: {@code null})
 * @param displayedActualText the price as shown (absent: {@code null})
 * @param comparedFen compared price (被比较价格) (absent: {@code null})
 * @param comparedLabel its label, e.g. 划线价, 厂商建议零售价 (absent: {@code null})
 * @param comparedMeaningText the explanation of its meaning (absent: {@code null})
 * @param comparedMeaningLink a link to that explanation (absent: {@code null})
 * @param comparedMeaningDisclosed the meaning is disclosed (absent: {@code null})
 * @param displayedDiscount the discount as shown, e.g. 5折, 八五折, 省20% (absent: {@code null})
 * @param displayedReductionFen the reduction shown (absent: {@code null})
 * @param displayedReductionText the reduction as shown, e.g. 立减100元 (absent: {@code null})
 * @param promotionClaimText promotion wording (absent: {@code null})
 * @param comparisonInfoMode inline or by link (absent: {@code null})
 * @param comparisonLink the comparison link probe (absent: {@code null})
 * @param history transaction history before the comparison; an empty list means never sold (absent: {@code null})
 * @param msrp the manufacturer's suggested retail price (absent: {@code null})
 * @param raisedBeforePromo a tag-price raise before the promotion (absent: {@code null})
 * @param detailPagePriceFen price on the detail page (absent: {@code null})
 * @param checkoutPriceFen price at checkout (absent: {@code null})
 * @param liveRoomPriceFen price shown in the live room (absent: {@code null})
 * @param conditions conditions of a conditional price (absent: {@code null})
 * @param displayedFinalPriceFen the final (到手) price shown (absent: {@code null})
 * @param displayedFinalPriceText the final price as shown (absent: {@code null})
 */
public record PriceDisplay(
    @Nullable Long actualFen,
    @Nullable String displayedActualText,
    @Nullable Long comparedFen,
    @Nullable String comparedLabel,
    @Nullable String comparedMeaningText,
    @Nullable String comparedMeaningLink,
    @Nullable Boolean comparedMeaningDisclosed,
    @Nullable String displayedDiscount,
    @Nullable Long displayedReductionFen,
    @Nullable String displayedReductionText,
    @Nullable String promotionClaimText,
    @Nullable ComparisonInfoMode comparisonInfoMode,
    @Nullable ComparisonLink comparisonLink,
    @Nullable List<PricePoint> history,
    @Nullable Msrp msrp,
    @Nullable PriceRaise raisedBeforePromo,
    @Nullable Long detailPagePriceFen,
    @Nullable Long checkoutPriceFen,
    @Nullable Long liveRoomPriceFen,
    @Nullable PriceConditions conditions,
    @Nullable Long displayedFinalPriceFen,
    @Nullable String displayedFinalPriceText) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public PriceDisplay {
    history = history == null ? null : List.copyOf(history);
  }

  /** Names the fields that are present, never their values (they may be personal data). */
  @Override
  public String toString() {
    return Redacted.describe("PriceDisplay", "actualFen", actualFen, "displayedActualText", displayedActualText, "comparedFen", comparedFen, "comparedLabel", comparedLabel, "comparedMeaningText", comparedMeaningText, "comparedMeaningLink", comparedMeaningLink, "comparedMeaningDisclosed", comparedMeaningDisclosed, "displayedDiscount", displayedDiscount, "displayedReductionFen", displayedReductionFen, "displayedReductionText", displayedReductionText, "promotionClaimText", promotionClaimText, "comparisonInfoMode", comparisonInfoMode, "comparisonLink", comparisonLink, "history", history, "msrp", msrp, "raisedBeforePromo", raisedBeforePromo, "detailPagePriceFen", detailPagePriceFen, "checkoutPriceFen", checkoutPriceFen, "liveRoomPriceFen", liveRoomPriceFen, "conditions", conditions, "displayedFinalPriceFen", displayedFinalPriceFen, "displayedFinalPriceText", displayedFinalPriceText);
  }
}
