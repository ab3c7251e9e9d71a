package io.github.zhibo.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 直播营销人员: a person presenting goods on camera, or an AI-generated persona (人工智能生成的人物) that a
 * room operator manages and answers for (Order 117 Art. 37 ¶2; draft Art. 30 ¶2).
 *
 * @param id the platform's id of the marketer
 * @param name the person's name (for a persona: the name of the person behind it)
 * @param document the identity document
 * @param habitualResidence 经常居住地址 (Order 117) / 住所 (draft)
 * @param contact a contact
 * @param agency the agency (所属直播营销人员服务机构), if any
 * @param qualifications professional qualifications relevant to live selling (Order 117 Art. 8 ¶2, 28)
 * @param occupation occupation or position (职业职务), empty if none reported
 * @param aiPersona whether this marketer is an AI-generated persona
 */
public record Marketer(@NotNull PartyId id, @NotBlank String name, @NotNull IdentityDocument document,
    @NotBlank String habitualResidence, @NotBlank String contact, Optional<PartyId> agency,
    List<String> qualifications, Optional<String> occupation, boolean aiPersona) implements Party {

  /** Validates the parts; a marketer is a person, so the document is not a USCC. */
  public Marketer {
    Objects.requireNonNull(id, "id");
    Parties.requireText(name, "name");
    Objects.requireNonNull(document, "document");
    if (document.type().identifiesOrganisation()) throw new IllegalArgumentException("a marketer is a person, not a USCC");
    Parties.requireText(habitualResidence, "habitualResidence");
    Parties.requireText(contact, "contact");
    Objects.requireNonNull(agency, "agency");
    qualifications = Parties.copy(qualifications, "qualifications");
    Objects.requireNonNull(occupation, "occupation");
  }

  @Override
  public PartyRole role() {
    return PartyRole.MARKETER;
  }

  @Override
  public String toString() {
    return "Marketer[" + id + " " + document + (aiPersona ? " AI persona" : "") + "]";
  }
}
