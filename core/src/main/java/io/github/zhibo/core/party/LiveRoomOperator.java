package io.github.zhibo.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 直播间运营者: whoever runs a live room — an organisation, an individual business, or a natural person
 * who may or may not be registered as a market entity (办理经营主体登记).
 *
 * @param id the platform's id of the operator
 * @param kind the legal form
 * @param marketEntityRegistered whether it is registered as a market entity; always true for organisations
 *     and individual businesses
 * @param name registered name, or the person's name
 * @param document USCC for registered operators, an identity document for unregistered natural persons
 * @param actualAddress 实际经营地址 (Order 117) / 住所或者主要经营场所 (draft)
 * @param contact a contact (phone or e-mail)
 * @param liveAccounts the live accounts (直播账号) it runs
 * @param agency the agency it works with, if any
 * @param licences administrative licences it holds
 */
public record LiveRoomOperator(@NotNull PartyId id, @NotNull OperatorKind kind, boolean marketEntityRegistered,
    @NotBlank String name, @NotNull IdentityDocument document, @NotBlank String actualAddress,
    @NotBlank String contact, List<String> liveAccounts, Optional<PartyId> agency, List<Licence> licences)
    implements Party {

  /** Validates the parts and that the document fits the kind. */
  public LiveRoomOperator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Parties.requireText(name, "name");
    Objects.requireNonNull(document, "document");
    Parties.requireText(actualAddress, "actualAddress");
    Parties.requireText(contact, "contact");
    liveAccounts = Parties.copy(liveAccounts, "liveAccounts");
    Objects.requireNonNull(agency, "agency");
    licences = Parties.copy(licences, "licences");
    if (kind.registeredByNature() && !marketEntityRegistered) {
      throw new IllegalArgumentException(kind + " is registered as a market entity by nature");
    }
    if (marketEntityRegistered != document.type().identifiesOrganisation()) {
      throw new IllegalArgumentException(marketEntityRegistered
          ? "a registered operator is identified by its USCC" : "an unregistered operator is identified by a person's document");
    }
  }

  @Override
  public PartyRole role() {
    return PartyRole.LIVE_ROOM_OPERATOR;
  }

  @Override
  public String toString() {
    return "LiveRoomOperator[" + id + " " + kind + (marketEntityRegistered ? " registered " : " unregistered ")
        + document + "]";
  }
}
