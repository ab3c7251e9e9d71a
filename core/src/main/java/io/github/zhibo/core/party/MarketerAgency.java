package io.github.zhibo.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * 直播营销人员服务机构: a marketer agency (MCN).
 *
 * @param id the platform's id of the agency
 * @param name the registered name (登记注册名称)
 * @param uscc its USCC
 * @param province the province of its registration (所在省)
 * @param city the city (所在市)
 * @param address its domicile
 * @param contact a contact
 */
public record MarketerAgency(@NotNull PartyId id, @NotBlank String name, @NotNull IdentityDocument uscc,
    @NotBlank String province, @NotBlank String city, @NotBlank String address, @NotBlank String contact)
    implements Party {

  /** Validates the parts. */
  public MarketerAgency {
    Objects.requireNonNull(id, "id");
    Parties.requireText(name, "name");
    Parties.requireType(uscc, DocumentType.USCC, "uscc");
    Parties.requireText(province, "province");
    Parties.requireText(city, "city");
    Parties.requireText(address, "address");
    Parties.requireText(contact, "contact");
  }

  @Override
  public PartyRole role() {
    return PartyRole.MARKETER_AGENCY;
  }

  @Override
  public String toString() {
    return "MarketerAgency[" + id + " " + uscc + "]";
  }
}
