package io.github.zhibo.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * The actual seller of goods or services sold in a live room (实际销售商品或者提供服务的经营者; 平台内经营者 in
 * the draft).
 *
 * @param id the platform's id of the seller
 * @param name registered name or person's name
 * @param document USCC, or a person's identity document
 * @param actualAddress 实际经营地址 / 住所或者主要经营场所
 * @param contact a contact
 * @param licences administrative licences it holds
 */
public record Seller(@NotNull PartyId id, @NotBlank String name, @NotNull IdentityDocument document,
    @NotBlank String actualAddress, @NotBlank String contact, List<Licence> licences) implements Party {

  /** Validates the parts. */
  public Seller {
    Objects.requireNonNull(id, "id");
    Parties.requireText(name, "name");
    Objects.requireNonNull(document, "document");
    Parties.requireText(actualAddress, "actualAddress");
    Parties.requireText(contact, "contact");
    licences = Parties.copy(licences, "licences");
  }

  @Override
  public PartyRole role() {
    return PartyRole.SELLER;
  }

  @Override
  public String toString() {
    return "Seller[" + id + " " + document + "]";
  }
}
