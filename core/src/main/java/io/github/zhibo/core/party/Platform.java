package io.github.zhibo.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * 直播电商平台经营者: the platform itself; its domicile decides which regulators receive its reports.
 *
 * @param id the platform's id
 * @param name the registered name
 * @param uscc the platform operator's USCC
 * @param domicileProvince the province of its domicile (住所地), e.g. {@code 浙江省}
 */
public record Platform(@NotNull PartyId id, @NotBlank String name, @NotNull IdentityDocument uscc,
    @NotBlank String domicileProvince) implements Party {

  /** Validates the parts. */
  public Platform {
    Objects.requireNonNull(id, "id");
    Parties.requireText(name, "name");
    Parties.requireType(uscc, DocumentType.USCC, "uscc");
    Parties.requireText(domicileProvince, "domicileProvince");
  }

  @Override
  public PartyRole role() {
    return PartyRole.PLATFORM;
  }
}
