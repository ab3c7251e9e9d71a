package io.github.zhibo.disclosure.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a live room shows at one moment (DESIGN.md §5.2). Every section is optional; an absent
 * section is not checked.
 *
 * @param operator the room operator's self-disclosure (absent: {@code null})
 * @param agency the marketer agency display (draft text only) (absent: {@code null})
 * @param sellers the actual seller shown per product
 * @param products product cards
 * @param texts account and room texts
 * @param aiPersona the AI-generated persona, if any (absent: {@code null})
 */
public record LiveRoomSnapshot(
    @Nullable OperatorSection operator,
    @Nullable AgencySection agency,
    List<SellerDisclosure> sellers,
    List<Product> products,
    List<TextAsset> texts,
    @Nullable AiPersona aiPersona) {

  /** Copies lists (absent lists are empty unless stated) so the record is immutable. */
  public LiveRoomSnapshot {
    sellers = sellers == null ? List.of() : List.copyOf(sellers);
    products = products == null ? List.of() : List.copyOf(products);
    texts = texts == null ? List.of() : List.copyOf(texts);
  }

}
